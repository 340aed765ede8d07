"""plot_GD plots np.log10(loss_GD) 'so that the small losses are visible', but the y label still says 'Loss (MSE)'
(no mention of a log): the figure shows numbers like 1.3 and -0.5 as the loss. The curve shown is not the losses
(the corpus accepts logs only on an axis whose label says so): curve 0; the figure shows the losses in a
transformed way, so labels and title still count (like plot_BGD_skips_first_epoch): labels 1, title 1 -> 2."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 2, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
plt.plot(range(1, len(loss_GD) + 1), np.log10(loss_GD), "o-")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
