"""plot_GD draws loss_GD per epoch ('o-'), x label 'Epoch', title 'Full-batch gradient descent', and labels the y axis
'Mean squared deviation' -- the loss's name spelled out in words (mean squared deviation, MSD, is a standard synonym of
the mean squared error: the mean of the squared differences between predictions and targets). The README asks that the
labels name the epoch on x and the loss on y 'in any wording': full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
# Plot the loss curve of full-batch gradient descent.
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-")
plt.xlabel("Epoch")
plt.ylabel("Mean squared deviation")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
