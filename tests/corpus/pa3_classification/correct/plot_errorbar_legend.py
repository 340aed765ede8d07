"""The curves are drawn with plt.errorbar (no error bars given: yerr=None, fmt with markers), each with label=..., then plt.legend(); labels and title set: fully correct. (A legend of errorbar plots is built from ErrorbarContainers, not from the Line2D itself.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.errorbar(epochs, train_losses, fmt="o-", markersize=3, label="training loss")
plt.errorbar(epochs, val_losses, fmt="s--", markersize=3, label="validation loss")
plt.xlabel("epoch")
plt.ylabel("cross-entropy loss")
plt.title("MLP: training vs validation loss")
plt.legend()
plt.show()
''',
}
