"""train_epoch left as the template stub; the plot cell reads the curves from mlp_history (accepted as correct in
correct/plot_from_history_show_then_close: the very lists train_losses and val_losses name). Because train_epoch
raises, the training cell never creates mlp_history, so in the student's run the plot cell raises NameError. The plot
cell itself is right, and the notebook promises a mistake in one part costs nothing in another: train_epoch 0, plot
10 (strict: the grader has to stand in for mlp_history as it stands in for train_losses when the training failed)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'plot_curves_answer': '''
fig, ax = plt.subplots()
for key, label in (("train_loss", "training"), ("val_loss", "validation")):
    ax.plot(np.arange(1, len(mlp_history[key]) + 1), mlp_history[key], label=label)
ax.set(xlabel="epoch", ylabel="cross-entropy", title="Loss per epoch")
ax.legend()
plt.show()
''',
}
