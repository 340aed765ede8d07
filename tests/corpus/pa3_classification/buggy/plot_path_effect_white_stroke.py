"""junk: both curves drawn with labels, axis labels, title and legend, but each line's path effects are a single white Stroke (no Normal()): matplotlib draws only the white stroke on the white axes, the curves cannot be seen. Nothing visible -> 0 (as plot_near_white_curves)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
import matplotlib.patheffects as pe
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, label="training", path_effects=[pe.Stroke(linewidth=3, foreground="white")])
ax.plot(epochs, val_losses, label="validation", path_effects=[pe.Stroke(linewidth=3, foreground="white")])
ax.set_xlabel("Epoch")
ax.set_ylabel("Cross-entropy loss")
ax.set_title("Training and validation loss")
ax.legend()
plt.show()
''',
}
