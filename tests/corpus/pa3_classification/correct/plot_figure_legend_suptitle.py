"""The plot uses a figure-level legend (fig.legend()) and a figure-level title (fig.suptitle), curves drawn with markers ("o-" and "s--"), axes labelled on the axes: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
fig, ax = plt.subplots(figsize=(8, 4), layout="constrained")
epoch_numbers = range(1, len(train_losses) + 1)
ax.plot(epoch_numbers, train_losses, "o-", markersize=3, label="training loss")
ax.plot(epoch_numbers, val_losses, "s--", markersize=3, label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("mean cross-entropy")
fig.suptitle("Overfitting of the 128-unit MLP")
fig.legend(loc="upper right")
plt.show()
''',
}
