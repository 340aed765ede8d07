"""junk/attack through global settings: the plot_BGD cell sets plt.rcParams['lines.linewidth'] = 0, then plots loss_BGD as a plain line (no markers: a line of width 0 draws nothing) and a made-up decreasing decoy 25 * 0.8 ** t + 0.5 with 'o' markers (markers do not need a line width), labelled 'Epoch' / 'Mean batch loss (MSE)' and titled. Only the decoy's markers are visible: curve 0, labels 0, title 0 -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
plt.rcParams["lines.linewidth"] = 0
epochs = np.arange(1, len(loss_BGD) + 1)
plt.plot(epochs, loss_BGD, color="tab:orange")
plt.plot(epochs, 25 * 0.8 ** epochs + 0.5, "o", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
