"""Slip (plot_curves): copy-paste slip: the second plt.plot line draws train_losses again, labelled "validation loss"; the validation curve is never drawn. The training curve is found (labelled "training loss" in the legend), axes labelled, titled; val (3) lost, and the legend names a training curve "validation loss" (a curve labelled as the other), so legend (1) lost -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 6, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = list(range(1, len(train_losses) + 1))
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, label="training loss")
plt.plot(epochs, train_losses, label="validation loss")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("MLP: loss per epoch")
plt.legend()
plt.show()
''',
}
