"""Both curves, labelled axes and a title, but the legend names each curve as the other: loses legend (1) -> 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
epochs = range(1, len(train_losses) + 1)
plt.plot(epochs, train_losses, label="validation loss")
plt.plot(epochs, val_losses, label="training loss")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("MLP: loss per epoch")
plt.legend()
plt.show()
''',
}
