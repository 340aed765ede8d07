"""junk: both curves drawn, then each line's clip box set to a zero-size box in the middle of the data (a point), so nothing of either curve is drawn. Labels, title, legend present. Nothing visible -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
from matplotlib.transforms import Bbox, TransformedBbox
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
l1, = ax.plot(epochs, train_losses, label="training")
l2, = ax.plot(epochs, val_losses, label="validation")
mx = float(np.mean(epochs)); my = float(np.mean(list(train_losses) + list(val_losses)))
box = TransformedBbox(Bbox([[mx, my], [mx, my]]), ax.transData)
l1.set_clip_box(box); l2.set_clip_box(box)
ax.set_xlabel("Epoch")
ax.set_ylabel("Cross-entropy loss")
ax.set_title("Training and validation loss")
ax.legend()
plt.show()
''',
}
