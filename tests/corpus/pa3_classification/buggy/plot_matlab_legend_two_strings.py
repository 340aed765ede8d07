"""Slip (plot_curves), MATLAB habit: legend('training', 'validation'). The student draws both curves against
epochs 1..n with MATLAB-like format strings ("b-", "r--") and no label=..., labels the axes, adds a title, and
writes plt.legend("training", "validation"). matplotlib reads two positional arguments as (handles, labels): the
characters of "training" are not artists, so the legend is EMPTY (matplotlib only warns). Nothing says which curve
is which: loses legend (1) -> 9. Both curves, the labels and the title stand."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, "b-")
plt.plot(epochs, val_losses, "r--")
plt.xlabel("epoch")
plt.ylabel("cross-entropy loss")
plt.title("MLP: training and validation loss")
plt.legend("training", "validation")
plt.show()
''',
}
