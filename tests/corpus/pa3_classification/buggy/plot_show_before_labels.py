"""Slip (plot_curves): the student draws both labelled curves and calls plt.show() BEFORE setting the axis labels, the title and the legend (habit: "show, then decorate"). In Jupyter's inline backend plt.show() shows and closes the figure, so plt.xlabel/ylabel/title/legend go to a NEW empty figure (the legend there even warns "No artists with labels"). The figure with the curves has neither labels, title nor legend: both curves found, loses labels (2), title (1), legend (1) -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 6, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
epochs = range(1, len(train_losses) + 1)
plt.plot(epochs, train_losses, label="training loss")
plt.plot(epochs, val_losses, label="validation loss")
plt.show()
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Training and validation loss")
plt.legend()
''',
}
