"""Junk (plot_curves), the list's own values, not its curve: each list is drawn SORTED in decreasing order ("so the curves look smooth"), with labels, axis labels, a title and a legend. Right length, right values as a set, a decreasing trend; but the epoch order is lost (the validation loss's rise after its minimum, the point of Part 6, disappears, and the training curve's noise is reordered). Neither curve is the list it is given: plot_curves 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
epochs = range(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, sorted(train_losses, reverse=True), label="training loss")
ax.plot(epochs, sorted(val_losses, reverse=True), label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("Loss curves")
ax.legend()
plt.show()
''',
}
