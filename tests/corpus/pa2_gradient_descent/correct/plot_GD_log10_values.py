"""plot_GD plots np.log10(loss_GD) against the epoch, y axis labelled 'log10(loss)', with a title: the loss curve on a log scale drawn by transforming the values instead of setting the axis scale. The curve is loss_GD (one point per epoch) and the label says exactly what is drawn; a human grader gives full marks: expect 5 (accept 4-5)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.plot(np.arange(len(loss_GD)), np.log10(loss_GD), "o-")
plt.xlabel("epoch")
plt.ylabel("log10(loss)")
plt.title("Full-batch GD loss (log scale)")
plt.show()
''',
}
