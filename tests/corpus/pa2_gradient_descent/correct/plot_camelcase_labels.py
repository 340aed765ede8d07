"""plot_BGD labels its axes with camelCase identifiers, as some students copy variable names: x 'epochNumber', y 'avgBatchLoss', title 'BGD training'. 'avgBatchLoss' plainly names the (average batch) loss, so the labels name the epoch and the loss: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
plt.figure()
plt.plot(range(1, len(loss_BGD) + 1), loss_BGD, marker=".")
plt.xlabel("epochNumber")
plt.ylabel("avgBatchLoss")
plt.title("BGD training")
plt.show()
''',
}
