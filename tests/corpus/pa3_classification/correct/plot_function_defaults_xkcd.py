"""The plot cell defines a function whose default arguments capture the globals at definition time, `def plot_losses(train=train_losses, val=val_losses, title=...)`, draws inside `with plt.xkcd():` (hand-drawn style: white stroke around the lines, font fallback warnings), calls plt.show() inside the function, and calls it with no arguments. The cell, run again, draws the lists it is given; both curves, labels, title, legend: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
def plot_losses(train=train_losses, val=val_losses, title="MLP: training vs validation loss"):
    epochs = range(1, len(train) + 1)
    with plt.xkcd():
        fig, ax = plt.subplots(figsize=(8, 4))
        ax.plot(epochs, train, label="train loss")
        ax.plot(epochs, val, label="validation loss")
        ax.set_xlabel("epoch")
        ax.set_ylabel("loss")
        ax.set_title(title)
        ax.legend()
        plt.show()


plot_losses()
''',
}
