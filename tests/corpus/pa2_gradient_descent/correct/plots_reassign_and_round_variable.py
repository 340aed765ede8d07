"""Plot cells that touch the plotted variable first: plot_GD converts it, loss_GD = list(loss_GD)[:num_epochs] ('make sure it is a list of num_epochs values'; the notebook trains exactly num_epochs = 20 epochs), plot_BGD rounds it for a tidy printout, loss_BGD = np.round(np.asarray(loss_BGD, dtype=float), 4), and prints it. Neither changes what the figure shows (rounding to 1e-4 is invisible in a loss curve whose values are between about 0.2 and 40); labels and titles as the reference: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
loss_GD = list(loss_GD)[:num_epochs]
plt.plot(range(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
    "plot_BGD_answer": '''
loss_BGD = np.round(np.asarray(loss_BGD, dtype=float), 4)
print("mini-batch losses:", loss_BGD)
plt.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="o", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
