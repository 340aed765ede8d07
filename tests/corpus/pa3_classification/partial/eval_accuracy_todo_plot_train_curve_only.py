"""Partial, unfinished work in two parts. evaluate: the loop is written (model.eval(), torch.no_grad(), the exact mean
loss) but the accuracy is still a placeholder, `accuracy = 0.0  # TODO`: loss (6), no_grad (4) and eval mode (4) hold
(they count because the loss is right), accuracy (6) lost -> 14. plot_curves: the student drew only the training curve
so far (labelled "training loss", axis labels, title, legend) with a `# TODO: validation curve` comment: val (3) lost,
the lone curve is labelled as what it is -> 7 (as buggy/plot_only_train). Every other part is the reference."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 7, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss, count = 0.0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            count += len(targets)
    accuracy = 0.0  # TODO: count the right predictions
    return total_loss / count, accuracy
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = range(1, len(train_losses) + 1)
plt.plot(epochs, train_losses, label="training loss")
# TODO: validation curve
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("MLP learning curve")
plt.legend()
plt.show()
''',
}
