"""Junk (plot_curves), right shape and trend, made-up values: each curve is a straight line from the list's first value to its last (np.linspace(first, last, len)), of the right length, drawn against epochs 1..n with labels "training loss" / "validation loss", axis labels, a title and a legend. Only two numbers of each list are used; the curves are not the lists (the validation curve's rise after its minimum is gone). No curve found: train and val lost, and labels, title, legend count only with a curve -> plot_curves 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
n = len(train_losses)
epochs = np.arange(1, n + 1)
train_line = np.linspace(train_losses[0], train_losses[-1], n)
val_line = np.linspace(val_losses[0], val_losses[-1], n)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_line, label="training loss")
plt.plot(epochs, val_line, label="validation loss")
plt.xlabel("Epoch")
plt.ylabel("Cross-entropy loss")
plt.title("MLP: training and validation loss")
plt.legend()
plt.show()
''',
}
