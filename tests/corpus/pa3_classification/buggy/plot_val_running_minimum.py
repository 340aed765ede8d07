"""Slip (plot_curves): the student plots the validation curve as its running minimum, np.minimum.accumulate(
val_losses) ("the validation loss of the best model so far, as early stopping keeps it"), labelled "validation (best
so far)". The training curve is drawn as it is; the validation loss itself, which rises after its minimum (the point
of Part 6 and the discussion), is never drawn: after the best epoch the curve is flat. Axes labelled, titled,
legend. Fair: val lost (3) -> 7."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 7, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
best_val = np.minimum.accumulate(np.asarray(val_losses, dtype=float))   # best so far, as early stopping keeps it
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, label="training")
ax.plot(epochs, best_val, label="validation (best so far)")
ax.set_xlabel("Epoch")
ax.set_ylabel("Cross-entropy loss")
ax.set_title("MLP on the spirals: training and validation loss")
ax.legend()
plt.show()
''',
}
