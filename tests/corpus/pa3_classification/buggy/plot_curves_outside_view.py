"""Junk (plot_curves): both lists drawn with labels, labelled axes, a title and a legend, then ax.set_ylim(10, 20): every loss is below 2, so both curves lie outside the visible y range and the axes is empty; only the text and the legend show. A curve counts when it can be seen: nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, label="training")
ax.plot(epochs, val_losses, label="validation")
ax.set_ylim(10, 20)
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("Training and validation loss")
ax.legend()
plt.show()
''',
}
