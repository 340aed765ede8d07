"""plot_GD draws the losses with plt.scatter, one marker per epoch, labelled and titled: a loss curve drawn as points is still one point per epoch matching loss_GD, so full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.scatter(range(len(loss_GD)), loss_GD)
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Gradient descent loss")
plt.show()
''',
}
