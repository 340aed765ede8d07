"""Correct, the plot cell defines a helper and calls it with keyword arguments for both trained models: draw(ax, *,
train, val, name) plots two labelled curves against epochs 1..n, labels the axes ("epoch", "mean cross-entropy"),
titles the axes with the model's name and adds a legend. The cell makes two side-by-side axes (sharey) and calls the
helper for the MLP (train=train_losses, val=val_losses) on the left and, for comparison, for softmax regression
(linear_history["train_loss"], linear_history["val_loss"], 30 epochs) on the right. The MLP's axes holds both asked
curves with everything they need: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch (and softmax regression's, to compare).
def draw(ax, *, train, val, name):
    epochs = range(1, len(train) + 1)
    ax.plot(epochs, train, label="training")
    ax.plot(epochs, val, label="validation")
    ax.set_xlabel("epoch")
    ax.set_ylabel("mean cross-entropy")
    ax.set_title(name)
    ax.legend()


fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
draw(left, train=train_losses, val=val_losses, name="MLP, 128 hidden units")
draw(right, train=linear_history["train_loss"], val=linear_history["val_loss"], name="softmax regression")
fig.tight_layout()
plt.show()
''',
}
