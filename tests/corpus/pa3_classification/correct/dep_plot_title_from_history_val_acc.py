"""Correct, the plot reads more of what the earlier parts produced: the plot cell draws train_losses and
val_losses (labelled, axes labelled, legend), marks the epoch of the lowest validation loss with an unlabelled dotted
ax.axvline and an annotation, and puts in the title the MLP's final validation accuracy read from
mlp_history["val_acc"][-1] (the history the notebook's training cell fills with the student's evaluate). evaluate
collects the per-batch losses and sizes in lists and the hits as numpy boolean arrays, and returns
(np.average(losses, weights=sizes), np.concatenate(hits).mean()): numpy floats, exact mean and counted accuracy,
after model.eval() under torch.no_grad(). Every part full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    losses, sizes, hits = [], [], []
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            losses.append(float(loss_fn(logits, targets)))
            sizes.append(len(targets))
            hits.append((logits.argmax(dim=1) == targets).cpu().numpy())
    return np.average(losses, weights=sizes), np.concatenate(hits).mean()
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = np.arange(1, len(train_losses) + 1)
best = int(np.argmin(val_losses)) + 1
final_accuracy = mlp_history["val_acc"][-1]
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, "-", label="training loss")
ax.plot(epochs, val_losses, "-", label="validation loss")
ax.axvline(best, color="grey", linestyle=":", linewidth=1)
ax.annotate(f"lowest validation loss (epoch {best})", xy=(best, val_losses[best - 1]),
            xytext=(best + 3, max(val_losses)), arrowprops={"arrowstyle": "->"})
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
ax.set_title(f"MLP, 128 hidden units (final validation accuracy {final_accuracy:.0%})")
ax.legend()
plt.show()
''',
}
