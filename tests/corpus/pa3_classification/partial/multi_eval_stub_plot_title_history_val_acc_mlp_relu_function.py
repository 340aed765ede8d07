"""Partial notebook: evaluate is left as the template stub; make_mlp has a slip (torch.relu, a FUNCTION, put inside
nn.Sequential: building it raises TypeError "... is not a Module subclass": mlp 0, as buggy/mlp_relu_class_not_instance);
the plot cell is right and also reads what the training cell records: both curves labelled, axes labelled, a legend,
and the MLP's final validation accuracy in the title from mlp_history["val_acc"][-1]. Because evaluate raises, the
training cell fails and never makes mlp_history; the grader's replay of the plot puts its own curves in
train_losses / val_losses (and an mlp_history holding only "train_loss" and "val_loss"). The plot's own code is right
and the kit promises a mistake in one part (evaluate's stub) costs no points in another: plot 10. Predicted:
linear 10, mlp 0, cross_entropy 15, train_epoch 25, evaluate 0, plot 10."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return nn.Sequential(nn.Linear(in_features, hidden_units), torch.relu, nn.Linear(hidden_units, num_classes))
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it.

    Args:
        model: an nn.Module mapping inputs to logits.
        loader: a DataLoader giving (inputs, targets) batches.
        loss_fn: function (logits, targets) -> scalar loss tensor (a mean over the batch).

    Returns:
        (mean_loss, accuracy): two floats; accuracy is the fraction of examples classified right, in [0, 1].
    """
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, label="training loss")
ax.plot(epochs, val_losses, label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy")
ax.set_title(f"MLP, 128 hidden units: final validation accuracy {mlp_history['val_acc'][-1]:.2f}")
ax.legend()
plt.show()
''',
}
