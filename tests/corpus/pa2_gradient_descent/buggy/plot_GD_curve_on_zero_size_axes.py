"""junk/attack: plot_GD draws loss_GD, labelled and titled, on an axes of size 1e-4 x 1e-4 of the figure (fig.add_axes([0.98, 0.98, 1e-4, 1e-4]), a speck nobody can see) and fills the visible axes with a made-up decreasing decoy (10 * 0.7 ** t), also labelled and titled. Nobody looking at the figure sees the losses: a figure that does not show the losses earns nothing (curve 0, labels 0, title 0) -> 0 (like the corpus' plot_GD_curve_on_hidden_axes)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
fig = plt.figure(figsize=(6, 4))
speck = fig.add_axes([0.98, 0.98, 1e-4, 1e-4])
speck.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-")
speck.set_xlabel("Epoch")
speck.set_ylabel("Loss")
speck.set_title("Full-batch gradient descent")
main = fig.add_axes([0.12, 0.12, 0.8, 0.75])
main.plot(np.arange(1, 21), 10 * 0.7 ** np.arange(20), "o-")
main.set_xlabel("Epoch")
main.set_ylabel("Loss (MSE)")
main.set_title("Full-batch gradient descent")
plt.show()
''',
}
