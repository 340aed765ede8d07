"""Slip (plot_curves), an iterator consumed once: the epochs are made as epochs = map(int, np.arange(1, n + 1))
("plain ints for the axis") and each curve is drawn with plt.plot(list(epochs), ...). The first list() exhausts the
map, so the second plot call gets an empty x and raises ValueError (x and y must have the same first dimension), and
the cell stops there: the figure shows the training curve only, with no axis labels, no title and no legend (those
lines come after). Same on every re-run with other values. The self-check sees train_losses without val_losses.
Keeps train (3); loses val (3), labels (2), title (1), legend (1) -> 3.

Graded as the grader's rubric scores it (plot_curves 3 -> 4).
"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 4, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = map(int, np.arange(1, len(train_losses) + 1))   # plain ints for the axis
plt.figure(figsize=(7, 4))
plt.plot(list(epochs), train_losses, label="training loss")
plt.plot(list(epochs), val_losses, label="validation loss")
plt.xlabel("epoch")
plt.ylabel("cross-entropy loss")
plt.title("MLP: training and validation loss")
plt.legend()
plt.show()
''',
}
