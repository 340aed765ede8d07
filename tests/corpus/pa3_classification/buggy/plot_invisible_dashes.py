"""junk: both curves drawn with a dash pattern (offset 0, on 1e-6 points, off 1e6 points): the line is dashed with dashes of no length, nothing is drawn. Labels, title, legend present. Nothing visible -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, label="training", linestyle=(0, (1e-6, 1e6)))
ax.plot(epochs, val_losses, label="validation", linestyle=(0, (1e-6, 1e6)))
ax.set_xlabel("Epoch")
ax.set_ylabel("Cross-entropy loss")
ax.set_title("Training and validation loss")
ax.legend()
plt.show()
''',
}
