"""Correct (plot_curves): the y axis is labelled with the notebook's own definition of the plotted quantity, "mean negative log-probability of the true class" (Part 3: "the cross-entropy is the mean negative log-probability of the right class"), the x axis "epoch"; both curves labelled "training" / "validation" in a legend, a title. The y label says exactly what is plotted: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, label="training")
plt.plot(epochs, val_losses, label="validation")
plt.xlabel("epoch")
plt.ylabel("mean negative log-probability of the true class")
plt.title("MLP on the spirals")
plt.legend()
plt.show()
''',
}
