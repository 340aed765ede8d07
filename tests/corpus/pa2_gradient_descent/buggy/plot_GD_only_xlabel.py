"""plot_GD sets the x label and title but forgets the y label (both labels are required): curve 3, labels 0, title 1 -> 4."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 4, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.plot(loss_GD)
plt.xlabel("Epoch")
plt.title("Gradient descent loss")
plt.show()
''',
}
