"""plot_GD sets the axis labels and the title first, then calls plt.figure(figsize=...) and plots: the labels and title land on the first (empty) figure, and the figure with the curve has neither. Curve 3, labels 0, title 0 -> 3."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 3, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.figure(figsize=(7, 4))
plt.plot(range(1, len(loss_GD) + 1), loss_GD, "o-")
plt.show()
''',
}
