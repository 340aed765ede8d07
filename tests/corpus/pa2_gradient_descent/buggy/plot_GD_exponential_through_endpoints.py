"""junk (right length, right trend, made-up values): plot_GD draws a smooth exponential decay through the first and last losses, loss_GD[0] * exp(-k (t - 1)) with k chosen so that the curve ends at loss_GD[-1], one point per epoch, labelled 'Epoch' / 'Loss (MSE)' and titled. It has as many points as loss_GD, starts and ends at its values and decreases, but the points in between are invented (the real curve drops far faster, then flattens; the grader's noisy values are nowhere on it). The figure does not show the losses: curve 0, and labels and title do not count on a figure that does not show them -> plot_GD 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
t = np.arange(1, len(loss_GD) + 1)
k = np.log(loss_GD[0] / loss_GD[-1]) / (len(loss_GD) - 1)
smooth = loss_GD[0] * np.exp(-k * (t - 1))   # a clean exponential decay
plt.plot(t, smooth, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
