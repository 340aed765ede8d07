"""plot_BGD uses plt.loglog(loss_BGD, 'o-') without x values, so the implicit x runs 0, 1, ..., 19: on a log x axis x = 0 cannot be drawn, so the first epoch's loss is not shown (no marker; the first segment runs off the left edge), and every other loss sits one epoch to the left of its epoch. Labels ('Epoch', 'Mean batch loss (MSE)') and title are there. The curve is not every epoch's loss (curve 0/3, as in the corpus' plot_BGD_skips_first_epoch), but the figure shows the losses in part, so labels 1 and title 1 -> 2."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 2, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
plt.loglog(loss_BGD, "o-")             # a power law would be a straight line here
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent (log-log)")
plt.show()
''',
}
