"""junk/attack: plot_BGD draws loss_BGD with labels and a title, then covers the whole plotting area with an opaque white rectangle drawn above the line (ax.add_patch(Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor='white', zorder=10))). The figure shows labelled, titled, EMPTY axes: nobody sees the losses, so it earns nothing (curve 0, labels 0, title 0) -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "o-")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
ax.add_patch(plt.Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor="white", zorder=10))
plt.show()
''',
}
