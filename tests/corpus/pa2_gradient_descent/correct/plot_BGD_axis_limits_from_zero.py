"""plot_BGD draws loss_BGD per epoch and sets sensible axis limits, plt.ylim(bottom=0) and
plt.xlim(0.5, len(loss_BGD) + 0.5), so the whole curve is in view starting from a zero baseline; labels 'Epoch' /
'Mean batch loss (MSE)' and a title. Every point is visible: full marks (axis limits that keep the curve in view
must not be mistaken for hiding it)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
epochs = np.arange(1, len(loss_BGD) + 1)
plt.plot(epochs, loss_BGD, "o-", color="tab:orange")
plt.ylim(bottom=0)
plt.xlim(0.5, len(loss_BGD) + 0.5)
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
