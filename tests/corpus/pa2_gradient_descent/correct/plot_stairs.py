"""plot_GD draws the per-epoch losses as a step plot with ax.stairs(loss_GD) (one flat step per epoch), labelled and titled. The figure shows every epoch's loss in order: full marks."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5, 'discussion': None}

ANSWERS = {
    'plot_GD_answer': '''
fig, ax = plt.subplots()
ax.stairs(loss_GD, np.arange(len(loss_GD) + 1), baseline=None, linewidth=2)
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss")
ax.set_title("Full-batch gradient descent")
plt.show()
''',
}
