"""Junk (plot_curves): the plot cell sets the colour cycle to white, plt.rcParams["axes.prop_cycle"] = cycler(color=["white"]), then draws both lists WITHOUT a colour (so they take the cycle's white) on the white axes, with labels, axis labels, a title and a legend: the curves and their legend handles cannot be seen, only the text. Invisible curves by another door than color="white" (as buggy/plot_near_white_curves): nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
from cycler import cycler
plt.rcParams["axes.prop_cycle"] = cycler(color=["white"])
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, label="training loss")
ax.plot(epochs, val_losses, label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("Training and validation loss")
ax.legend()
plt.show()
''',
}
