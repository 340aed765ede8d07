"""Slip (state left over from another cell): the plot_GD cell draws loss_GD object-style, fig, ax = plt.subplots(),
labelled 'Epoch' / 'Loss (MSE)', titled, plt.show(): right. The plot_BGD cell was copied from it and the student
deleted the `fig, ax = plt.subplots()` line as 'already done above': it calls ax.plot(loss_BGD), ax.set_xlabel /
set_ylabel / set_title and plt.show() on the GLOBAL ax of the Part 4 figure. With the inline backend that figure was
shown and closed when the plot_GD cell finished, so the mini-batch curve is drawn into a figure nobody sees: the
plot_BGD cell displays nothing (and the Part 4 figure object now holds both curves under the Part 6 labels, which the
Part 6 self-check, looking at remembered figures, may accept). The notebook shows no mini-batch plot: plot_BGD 0
(curve 0; labels and title are on no figure shown for Part 6). plot_GD keeps its 5 (its figure was displayed as it
should be before the later cell touched it)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss (MSE)")
ax.set_title("Full-batch gradient descent")
plt.show()
''',
    "plot_BGD_answer": '''
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="s", color="tab:orange")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
