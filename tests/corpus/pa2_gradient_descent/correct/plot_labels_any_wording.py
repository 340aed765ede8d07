"""Plots labelled in other words, case and units: 'Number of updates' / 'MEAN SQUARED ERROR [y units^2]' on a log scale, and 'iteration' / 'training cost' with a suptitle: labels name the epoch (or update) and the loss, so full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.semilogy(np.arange(1, len(loss_GD) + 1), loss_GD, "s-")
plt.xlabel("Number of updates")
plt.ylabel("MEAN SQUARED ERROR [y units^2]")
plt.title("GD")
plt.show()
''',
    "plot_BGD_answer": '''
fig, axes = plt.subplots(1, 2, figsize=(8, 3))
axes[0].plot(loss_BGD)
axes[0].set_xlabel("iteration")
axes[0].set_ylabel("training cost")
axes[1].bar(np.arange(len(loss_BGD)), loss_BGD)
fig.suptitle("Mini-batch gradient descent")
plt.show()
''',
}
