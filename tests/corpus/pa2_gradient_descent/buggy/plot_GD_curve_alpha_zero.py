"""junk/attack: plot_GD draws loss_GD with alpha=0 (fully transparent: the line exists in the axes but is
invisible), then in the same axes a made-up decreasing decoy 30 * 0.75 ** t + 0.3 in blue with markers, labelled
'Epoch' / 'Loss (MSE)' and titled. Nobody looking at the figure sees the losses, only the decoy: a figure that does
not show the losses earns nothing (curve 0, labels 0, title 0) -> 0 (like the corpus' plot_GD_curve_in_near_white)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
t = np.arange(1, len(loss_GD) + 1)
plt.plot(t, loss_GD, alpha=0.0)
plt.plot(t, 30 * 0.75 ** t + 0.3, "o-", color="tab:blue")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
