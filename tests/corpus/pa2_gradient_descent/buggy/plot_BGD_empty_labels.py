"""plot_BGD calls xlabel/ylabel with empty strings, which does not count as labelling the axes: curve 3, labels 0, title 1 -> 4."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
plt.plot(loss_BGD)
plt.xlabel("")
plt.ylabel("")
plt.title("Mini-batch gradient descent loss")
plt.show()
''',
}
