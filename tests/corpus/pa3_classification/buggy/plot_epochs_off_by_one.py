"""Slip (plot_curves, off-by-one): epochs = range(1, len(train_losses)) gives 59 x values for 60 losses, so the first plt.plot raises ValueError ("x and y must have same first dimension") and the cell stops: the figure is created but empty (no curve, no labels, no title, no legend). Nothing is drawn: plot_curves 0, and the message should name the ValueError."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
epochs = range(1, len(train_losses))
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, label="training loss")
plt.plot(epochs, val_losses, label="validation loss")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Training and validation loss")
plt.legend()
plt.show()
''',
}
