"""attack: the plot cell draws both lists with labels, axis labels, a title and a legend, then covers the whole data area with an opaque white rectangle (ax.add_patch(Rectangle((0, 0), 1, 1, transform=ax.transAxes, zorder=4))): the lines are in the figure's data but nobody can see them, only the labels, title and legend. A curve counts when it can be seen (as for visible=False or a white line): nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
from matplotlib.patches import Rectangle
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots()
ax.plot(epochs, train_losses, label="training")
ax.plot(epochs, val_losses, label="validation")
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss")
ax.set_title("Training and validation loss")
ax.legend()
ax.add_patch(Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor="white", edgecolor="none", zorder=4))
plt.show()
''',
}
