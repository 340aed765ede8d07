"""The plot calls plt.legend() right after the first curve, before the validation curve is drawn: the legend shows "training" only, and the validation curve (label="validation") has no entry. Both curves, labelled axes and a title: loses legend (1) -> 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = range(1, len(train_losses) + 1)
plt.figure()
plt.plot(epochs, train_losses, label="training")
plt.legend()
plt.plot(epochs, val_losses, label="validation")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("MLP training and validation loss")
plt.show()
''',
}
