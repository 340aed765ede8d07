"""Junk (plot_curves): both lists drawn with linewidth=0 (and no markers), labelled, with axis labels, a title and a legend: the lines are in the figure's data but draw nothing, and their legend handles are invisible too; only the text shows. A curve counts when it can be seen (as buggy/plot_near_white_curves, plot_under_opaque_patch): nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, linewidth=0, label="training")
ax.plot(epochs, val_losses, lw=0, label="validation")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("Training and validation loss")
ax.legend()
plt.show()
''',
}
