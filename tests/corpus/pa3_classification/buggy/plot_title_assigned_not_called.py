"""The plot sets the title with `plt.title = "..."` (an assignment that rebinds pyplot's function, not a call), so the figure has no title. Both curves, labelled axes, a legend: loses title (1) -> 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = range(1, len(train_losses) + 1)
plt.figure()
plt.plot(epochs, train_losses, label="train")
plt.plot(epochs, val_losses, label="validation")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title = "Training and validation loss"
plt.legend()
plt.show()
''',
}
