"""honest: curves drawn with a glow style, path_effects=[withStroke(linewidth=5, foreground='white'), Normal()] plus the line itself on top, labels, title, legend: the curves are fully visible. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
import matplotlib.patheffects as pe
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
glow = [pe.withStroke(linewidth=5, foreground="white"), pe.Normal()]
ax.plot(epochs, train_losses, label="training", lw=2, path_effects=glow)
ax.plot(epochs, val_losses, label="validation", lw=2, linestyle="--", path_effects=glow)
ax.set_xlabel("Epoch")
ax.set_ylabel("Cross-entropy loss")
ax.set_title("Training and validation loss")
ax.legend()
plt.show()
''',
}
