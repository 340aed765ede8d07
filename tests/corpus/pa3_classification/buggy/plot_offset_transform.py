"""junk: both curves drawn, then each line's transform is the data transform followed by a translation of 1e5 pixels, so the curves are drawn far outside the figure (and not clipped away by the checks, which place the points with ax.transData). Labels, title, legend present. Nothing visible -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
from matplotlib.transforms import Affine2D
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
l1, = ax.plot(epochs, train_losses, label="training")
l2, = ax.plot(epochs, val_losses, label="validation")
away = ax.transData + Affine2D().translate(1e5, 1e5)
l1.set_transform(away); l2.set_transform(away)
ax.set_xlabel("Epoch")
ax.set_ylabel("Cross-entropy loss")
ax.set_title("Training and validation loss")
ax.legend()
plt.show()
''',
}
