"""plot_GD plots a hard-coded placeholder np.arange(20) instead of loss_GD: a labelled, titled figure that does not show the losses is form without substance: curve 0, labels 0, title 0 -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.plot(np.arange(20))
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Gradient descent loss")
plt.show()
''',
}
