"""Correct (plot_curves), round 15: both curves drawn with ax.step(..., where='mid') against epochs 1..60 on a log y scale, x label 'Epoch', y label 'Mean CE' (CE, the usual abbreviation of cross-entropy, the loss plotted), a title and a legend 'training set' / 'validation set': full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.step(epochs, train_losses, where="mid", label="training set")
ax.step(epochs, val_losses, where="mid", label="validation set")
ax.set_yscale("log")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean CE")
ax.set_title("MLP (128 hidden units) on the spirals")
ax.legend()
plt.show()
''',
}
