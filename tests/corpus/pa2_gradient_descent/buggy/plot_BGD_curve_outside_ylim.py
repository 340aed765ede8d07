"""junk/attack: plot_BGD draws loss_BGD and, in the same axes, a decoy 1000 + 50 * 0.8 ** t, then sets the view
to plt.ylim(995, 1060): the real losses (between 0 and ~40) lie entirely below the visible range, so only the decoy
is seen (the y tick labels read 1000-1060). Labels 'Epoch' / 'Mean batch loss' and a title. Nobody looking at the
figure sees the losses: curve 0, labels 0, title 0 -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
t = np.arange(1, len(loss_BGD) + 1)
plt.plot(t, loss_BGD, "o-", color="tab:orange")
plt.plot(t, 1000 + 50 * 0.8 ** t, "s-", color="tab:orange")
plt.ylim(995, 1060)
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
