"""junk (fakes the expected trend): plot_BGD plots np.sort(loss_BGD)[::-1], the losses sorted from largest to smallest, 'so the curve goes down smoothly', one point per epoch, labelled 'Epoch' / 'Mean batch loss (MSE)' and titled. The notebook's own loss_BGD already decreases, so its figure (and the self-check) is unchanged; for losses that go up at some epoch (mini-batch losses can, and the grader's do) the figure puts the values at the wrong epochs and hides every increase. A figure rearranged to show a trend the losses do not have does not show the losses: curve 0, labels and title do not count -> plot_BGD 0. (Arguable: every value is drawn, only the order is changed; a reader who compares with the corpus' plot_GD_while_loop_misses_last_epoch, 2, might keep labels and title.)"""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), np.sort(loss_BGD)[::-1], marker="o", color="tab:orange")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
