"""Both curves drawn with colours C0 / C1 and no labels; the legend is built from proxy artists (matplotlib.lines.Line2D([], [], color=..., label=...)), the documented matplotlib idiom for custom legends; the colours match the curves, so the legend says which is which. Labels and title set: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
from matplotlib.lines import Line2D

ep = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(ep, train_losses, color="C0")
ax.plot(ep, val_losses, color="C1", linestyle="--")
ax.legend(handles=[Line2D([], [], color="C0", label="training"),
                   Line2D([], [], color="C1", linestyle="--", label="validation")])
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("Training and validation loss")
plt.show()
''',
}
