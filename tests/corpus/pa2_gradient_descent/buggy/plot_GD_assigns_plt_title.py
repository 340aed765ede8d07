"""plot_GD writes plt.title = "Full-batch gradient descent" (an assignment, not a call): no error, but the title is never set (and pyplot's title function is overwritten). Curve drawn per epoch with both axis labels: curve 3, labels 1, title 0 -> 4. The message should say the figure needs a title."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 4, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title = "Full-batch gradient descent"
plt.show()
''',
}
