"""Slip (plot_curves), an integer buffer: the student makes a table with one row per curve "of the same type as the
epochs", table = np.zeros_like(np.stack([epochs, epochs])), where epochs = np.arange(1, n + 1) is an int64 array,
and assigns the two lists into its rows. numpy silently truncates every loss to an integer (0 or 1 for these
losses), so the two "curves" are step lines at 0 and 1: neither list is drawn, the fall and the rise after the best
epoch are invisible. Axis labels, title and legend are there, but they count only when a curve is drawn: no curve
found -> 0 (as buggy/plot_sorted_values, buggy/plot_interpolated_endpoints). The self-check sees neither list."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = np.arange(1, len(train_losses) + 1)
table = np.zeros_like(np.stack([epochs, epochs]))   # one row per curve
table[0], table[1] = train_losses, val_losses
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, table[0], label="training loss")
ax.plot(epochs, table[1], label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
ax.set_title("MLP: training and validation loss")
ax.legend()
plt.show()
''',
}
