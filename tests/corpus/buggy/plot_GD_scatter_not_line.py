"""plot_GD uses plt.scatter, which draws markers but no line: curve 0 (no line), labels 1, title 1 -> 2."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 2, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.scatter(range(len(loss_GD)), loss_GD)
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Gradient descent loss")
plt.show()
''',
}
