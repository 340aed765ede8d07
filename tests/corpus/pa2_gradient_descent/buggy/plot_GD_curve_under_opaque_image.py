"""junk/attack: plot_GD draws loss_GD, labelled and titled, in the left panel and then covers that whole panel with an opaque white image drawn above the line (ax.imshow(np.ones((2, 2, 3)), extent=the axes' limits, aspect='auto', zorder=10)); the right panel shows a made-up decreasing decoy 30 * 0.75 ** t + 0.3, also labelled and titled. Nobody looking at the figure sees the losses: a figure that does not show the losses earns nothing (curve 0, labels 0, title 0) -> 0 (the corpus' plot_BGD_curve_under_opaque_patch with an image instead of a Rectangle)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
epochs = np.arange(1, len(loss_GD) + 1)
fig, (ax, shown) = plt.subplots(1, 2, figsize=(10, 4))
ax.plot(epochs, loss_GD, "o-")
ax.set_xlim(0, len(loss_GD) + 1)
ax.set_ylim(0, 1.1 * max(loss_GD))
ax.imshow(np.ones((2, 2, 3)), extent=[*ax.get_xlim(), *ax.get_ylim()], aspect="auto", zorder=10)
shown.plot(epochs, 30 * 0.75 ** np.arange(len(loss_GD)) + 0.3, "o-")
for a in (ax, shown):
    a.set_xlabel("Epoch")
    a.set_ylabel("Loss (MSE)")
    a.set_title("Full-batch gradient descent")
plt.show()
''',
}
