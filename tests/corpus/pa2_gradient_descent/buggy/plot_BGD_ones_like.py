"""junk (right shape, no substance): plot_BGD draws np.ones_like(loss_BGD) * loss_BGD.mean() (a flat line at the mean loss, one point per epoch, so it has the right length and moves with the data's scale) labelled 'Epoch' / 'Mean batch loss (MSE)' and titled. The figure does not show the losses of each epoch: curve 0, and labels and title do not count on a figure that does not show the losses -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), np.ones_like(loss_BGD) * np.mean(loss_BGD), marker="o")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
