"""plot_GD calls plt.plot(loss_GD, epochs): x and y the wrong way round, so the losses run along the x axis and the epoch numbers up the y axis, while the labels still say x 'Epoch' and y 'Loss (MSE)'. No line shows the losses as y values, so no curve is found, and the labels and title, judged on the axes that show the curve, are not earned -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
epochs = np.arange(1, len(loss_GD) + 1)
plt.plot(loss_GD, epochs, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
