"""Advanced style (plot_curves): the curves drawn in a loop over zip(names, lists, itertools.cycle(styles)), each with ax.plot(*zip(*enumerate(values, start=1)), style, label=name) (x = 1..60 and y = the values, unpacked from tuples); labels and title set in one ax.set(...) call, ax.legend(). Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
import itertools

fig, ax = plt.subplots(figsize=(7, 4))
styles = itertools.cycle(["-", "--"])
for name, values, style in zip(("training loss", "validation loss"), (train_losses, val_losses), styles):
    ax.plot(*zip(*enumerate(values, start=1)), style, label=name)
ax.set(xlabel="epoch", ylabel="cross-entropy loss", title="MLP: loss per epoch")
ax.legend()
plt.show()
''',
}
