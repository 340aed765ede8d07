"""The plot cell sets the axis labels and the title FIRST (plt.xlabel / plt.ylabel / plt.title), then calls plt.figure(figsize=...) and draws both labelled curves with a legend: the labels and the title went to the figure that was current before (an empty one plt.xlabel made), and the figure with the curves has neither. Both curves and a legend: loses labels (2) and title (1) -> 7."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 7, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
plt.xlabel("Epoch")
plt.ylabel("Cross-entropy loss")
plt.title("MLP: training and validation loss")
plt.figure(figsize=(7, 4))
epochs = range(1, len(train_losses) + 1)
plt.plot(epochs, train_losses, label="training")
plt.plot(epochs, val_losses, label="validation")
plt.legend()
plt.show()
''',
}
