"""junk/attack: plot_GD draws loss_GD with linestyle='None' and no marker (a Line2D holding the losses that draws
nothing at all), then a made-up decreasing decoy 30 * 0.75 ** t + 0.3 with markers in the same axes, labelled
'Epoch' / 'Loss (MSE)' and titled. Nobody looking at the figure sees the losses: curve 0, labels 0, title 0 -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
t = np.arange(1, len(loss_GD) + 1)
plt.plot(t, loss_GD, linestyle="None")
plt.plot(t, 30 * 0.75 ** t + 0.3, "o-")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
