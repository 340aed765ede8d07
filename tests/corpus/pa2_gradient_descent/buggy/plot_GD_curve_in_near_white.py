"""junk/attack: plot_GD draws loss_GD in colour '#fdfdfd' (near-white, invisible on the white axes) and, in the same axes, a made-up decreasing decoy 30 * 0.75 ** t + 0.3 in blue with markers, labelled and titled. Nobody looking at the figure sees the losses, only the decoy: a figure that does not show the losses earns nothing (curve 0, labels 0, title 0) -> 0 (like the corpus' plot_GD_curve_on_hidden_axes)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
fig, ax = plt.subplots(figsize=(6, 4))
epochs = np.arange(1, len(loss_GD) + 1)
ax.plot(epochs, loss_GD, color="#fdfdfd")
ax.plot(epochs, 30 * 0.75 ** np.arange(len(loss_GD)) + 0.3, "o-", color="tab:blue")
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss (MSE)")
ax.set_title("Full-batch gradient descent")
plt.show()
''',
}
