r"""Correct (plot_curves): the y axis is labelled with the notebook's own formula for the plotted quantity, Part 3's cross-entropy $-\frac{1}{n}\sum_{i=1}^{n} \log p_{i, y_i}$ (mathtext), the x axis "epoch"; both curves drawn against 1..n with markers, labelled "training set" / "validation set", plt.legend(), a title. The y label says exactly which loss is drawn (the mean negative log-probability of the true class): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = range(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, "o-", markersize=3, label="training set")
plt.plot(epochs, val_losses, "s-", markersize=3, label="validation set")
plt.xlabel("epoch")
plt.ylabel(r"$-\frac{1}{n}\sum_{i=1}^{n} \log p_{i, y_i}$")
plt.title("The MLP during training")
plt.legend()
plt.show()
''',
}
