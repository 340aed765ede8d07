"""Junk in Part 6: the plot draws train_losses as it is, but its "validation" curve is made up from it,
[t + 0.15 for t in train_losses] ("the validation loss is always a bit higher"), labelled "validation loss"; axes
labelled, title, legend. The validation loss itself (which turns up after its minimum, the point of Part 6) is never
drawn: val lost (3); the training curve, labels, title and legend are honestly there -> 7."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 7, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = range(1, len(train_losses) + 1)
validation = [t + 0.15 for t in train_losses]  # validation is always a bit higher
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, label="training loss")
plt.plot(epochs, validation, label="validation loss")
plt.xlabel("epoch")
plt.ylabel("cross-entropy")
plt.title("MLP on the spirals")
plt.legend()
plt.show()
''',
}
