"""plot_BGD draws loss_BGD twice in one figure, two panels stacked with plt.subplots(2, 1, sharex=True): the top panel on a linear scale (y labelled 'Mean batch loss (MSE)'), the bottom one on a log scale (semilogy, y labelled 'Loss (log scale)'), and, as usual with a shared x axis, the x label 'Epoch' only under the bottom panel; the title is a suptitle. Both panels show every epoch's loss in order; the shared x axis is labelled with the epoch, both y axes name the loss, and the figure has a title: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(6, 6))
epochs = range(1, len(loss_BGD) + 1)
top.plot(epochs, loss_BGD, "o-")
top.set_ylabel("Mean batch loss (MSE)")
bottom.semilogy(epochs, loss_BGD, "o-", color="tab:red")
bottom.set_ylabel("Loss (log scale)")
bottom.set_xlabel("Epoch")
fig.suptitle("Mini-batch gradient descent")
plt.show()
''',
}
