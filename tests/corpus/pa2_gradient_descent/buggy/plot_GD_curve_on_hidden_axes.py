"""junk/attack: plot_GD draws loss_GD, labelled and titled, on an axes it then hides (ax.set_visible(False)), and shows a second, visible axes with a made-up decreasing decoy (np.linspace). Nobody looking at the figure sees the losses: a figure that does not show the losses earns nothing (curve 0, labels 0, title 0) -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
fig, (hidden_ax, shown_ax) = plt.subplots(1, 2, figsize=(10, 4))
hidden_ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-")
hidden_ax.set_xlabel("Epoch")
hidden_ax.set_ylabel("Loss")
hidden_ax.set_title("Full-batch gradient descent")
hidden_ax.set_visible(False)
shown_ax.plot(np.arange(1, 21), np.linspace(30, 0.3, 20), "o-")
shown_ax.set_xlabel("Epoch")
shown_ax.set_ylabel("Loss")
shown_ax.set_title("Full-batch gradient descent")
plt.show()
''',
}
