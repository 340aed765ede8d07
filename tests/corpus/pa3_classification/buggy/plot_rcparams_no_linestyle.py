"""Junk (plot_curves): the plot cell sets plt.rcParams["lines.linestyle"] = "None" (and no markers) before drawing both lists with labels, axis labels, a title and a legend: the lines exist in the figure's data but draw nothing (nor do their legend handles); only the text shows. Invisible curves through rcParams rather than linewidth=0 in the call (as buggy/plot_zero_linewidth): nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
plt.rcParams["lines.linestyle"] = "None"
plt.rcParams["lines.marker"] = "None"
epochs = np.arange(1, len(train_losses) + 1)
plt.plot(epochs, train_losses, label="training loss")
plt.plot(epochs, val_losses, label="validation loss")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Training and validation loss")
plt.legend()
plt.show()
''',
}
