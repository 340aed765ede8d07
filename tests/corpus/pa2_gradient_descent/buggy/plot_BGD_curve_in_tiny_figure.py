"""junk/attack: plot_BGD draws loss_BGD, labelled and titled, in a figure of 0.15 x 0.1 inches (plt.figure(figsize=(0.15, 0.1)), about 15 x 10 pixels: a speck nobody can read), then draws a made-up decreasing decoy 25 * 0.8 ** t + 0.5 in a normal-size figure, also labelled and titled. Nobody looking at the output sees the losses: a figure that does not show the losses earns nothing (curve 0, labels 0, title 0) -> 0 (the corpus' plot_GD_curve_on_zero_size_axes, with the figure shrunk instead of the axes)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
epochs = np.arange(1, len(loss_BGD) + 1)
speck = plt.figure(figsize=(0.15, 0.1))
ax = speck.add_subplot()
ax.plot(epochs, loss_BGD)
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss")
ax.set_title("Mini-batch GD")
fig, shown = plt.subplots(figsize=(6, 4))
shown.plot(epochs, 25 * 0.8 ** np.arange(len(loss_BGD)) + 0.5, "s-", color="tab:orange")
shown.set_xlabel("Epoch")
shown.set_ylabel("Mean batch loss (MSE)")
shown.set_title("Mini-batch gradient descent")
plt.show()
''',
}
