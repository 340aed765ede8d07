"""Slip (plot_curves): the student draws each curve in its OWN figure (plt.figure() before each), each with axis labels, a title and a legend. The spec asks both curves "on one axes, so that they can be compared". The training curve is found on its axes with labels, title and a legend; the validation curve is not on that axes: loses val (3) -> 7."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 7, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = range(1, len(train_losses) + 1)
for values, name in ((train_losses, "training"), (val_losses, "validation")):
    plt.figure(figsize=(6, 3.5))
    plt.plot(epochs, values, label=f"{name} loss")
    plt.xlabel("epoch")
    plt.ylabel("loss")
    plt.title(f"MLP {name} loss")
    plt.legend()
    plt.show()
''',
}
