"""junk/attack: plot_BGD draws loss_BGD as a normal orange line, then clips it to a 1e-6 x 1e-6 rectangle in the
corner of the axes (line.set_clip_path(Rectangle(..., transform=ax.transAxes))), so nothing of it is rendered; a
decoy 25 * 0.8 ** t + 0.5 is drawn in the same axes, labelled and titled. Nobody sees the losses -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
from matplotlib.patches import Rectangle

fig, ax = plt.subplots()
t = np.arange(1, len(loss_BGD) + 1)
line, = ax.plot(t, loss_BGD, "o-", color="tab:orange")
line.set_clip_path(Rectangle((0, 0), 1e-6, 1e-6, transform=ax.transAxes))
ax.plot(t, 25 * 0.8 ** t + 0.5, "s-", color="tab:orange")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
