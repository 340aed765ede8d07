"""Slip in Part 5, a function the plot cell calls: evaluate returns the accuracy as a percentage (100 * correct /
count: "accuracy in %"): loses accuracy (6) -> 14 (as buggy/eval_accuracy_percent). The plot cell draws both curves
right (labels, legend) and puts the MLP's final validation accuracy in the title by calling the student's evaluate,
`_, accuracy = evaluate(mlp_model, val_loader, cross_entropy)`, formatted as f"{accuracy:.1f}%" (consistent with
its percentage). The title is text; the figure is complete: plot 10."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, 100 * correct / count  # accuracy in %
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
_, accuracy = evaluate(mlp_model, val_loader, cross_entropy)
epochs = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, label="training loss")
plt.plot(epochs, val_losses, label="validation loss")
plt.xlabel("epoch")
plt.ylabel("cross-entropy")
plt.title(f"MLP training curves (final validation accuracy {accuracy:.1f}%)")
plt.legend()
plt.show()
''',
}
