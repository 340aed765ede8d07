"""Junk (plot_curves), a legend that names every curve on every entry: both lists drawn (distinct colours), axes labelled, titled, but each line is labelled 'training / validation loss', so the legend has two identical entries, each naming both curves, and does not say which is which. Curves, labels and title earned; legend lost -> 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, label="training / validation loss")
ax.plot(epochs, val_losses, label="training / validation loss")
ax.set_xlabel("Epoch")
ax.set_ylabel("Cross-entropy loss")
ax.set_title("MLP on the spirals")
ax.legend()
plt.show()
''',
}
