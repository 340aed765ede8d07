"""junk: both curves drawn, then a white rectangle over the axes area is added as a figure-level artist through fig.add_artist of a Rectangle in figure coordinates placed over the axes (zorder 10): the curves are under it. Labels and title are outside the axes area. Nothing visible -> 0 (as plot_under_opaque_patch)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
from matplotlib.collections import PatchCollection
from matplotlib.patches import Rectangle
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, label="training")
ax.plot(epochs, val_losses, label="validation")
ax.set_xlabel("Epoch")
ax.set_ylabel("Cross-entropy loss")
ax.set_title("Training and validation loss")
pos = ax.get_position()
cover = PatchCollection([Rectangle((pos.x0, pos.y0), pos.width, pos.height)], facecolor="white", edgecolor="none",
                        transform=fig.transFigure, zorder=10)
fig.add_artist(cover)
ax.legend()
plt.show()
''',
}
