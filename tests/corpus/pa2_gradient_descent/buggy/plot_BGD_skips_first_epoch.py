"""plot_BGD leaves out the first epoch to zoom in on the rest (plots loss_BGD[1:] against epochs 2..n), with labels and a title. The curve is not all the epochs (curve 0/3), but the figure shows the losses in part, so its labels and title still count: labels 1, title 1 -> 2."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 2, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
# the first epoch's loss is much larger than the rest and squashes the curve: start at epoch 2
epochs = np.arange(2, len(loss_BGD) + 1)
plt.plot(epochs, loss_BGD[1:], "o-", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss")
plt.title("Mini-batch gradient descent (from epoch 2)")
plt.show()
''',
}
