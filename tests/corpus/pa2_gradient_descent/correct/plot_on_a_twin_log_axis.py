"""plot_BGD draws the relative loss on the host axes and loss_BGD on a twinx log axis; the x label and title are set on the host: full marks (a twin axis shares its host's x label and title)."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5}

ANSWERS = {
    'plot_BGD_answer': '''
fig, ax = plt.subplots()
ep = np.arange(1, len(loss_BGD) + 1)
ax.set_xlabel("epoch")
ax.set_title("Mini-batch GD loss, linear (left) and log (right)")
ax.plot(ep, np.asarray(loss_BGD) / np.asarray(loss_BGD)[0], color="gray")
ax.set_ylabel("loss relative to first epoch")
ax2 = ax.twinx()
ax2.semilogy(ep, loss_BGD, "o-", color="tab:red")
ax2.set_ylabel("loss (log scale)")
plt.show()
''',
}
