"""Correct (plot_curves), a helper that copies its inputs: the plot cell defines STYLES, a module-level constant
(dict of label -> line style, only read), and a helper _draw(ax, values, label) that copies the list into a new
float array (np.array(values, dtype=float), so nothing the caller holds is changed), returns early without drawing
if it is empty, and plots it against the epochs 1..n with label=label. Both lists are passed straight from
train_losses and val_losses, on one axes; x label "epoch", y label "cross-entropy loss", a title, ax.legend().
Re-run with other lists, it draws those: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
STYLES = {"training loss": "-", "validation loss": "--"}


def _draw(ax, values, label):
    values = np.array(values, dtype=float)   # a copy: the caller's list stays as it is
    if values.size == 0:
        return None
    epochs = np.arange(1, values.size + 1)
    return ax.plot(epochs, values, STYLES[label], label=label)


fig, ax = plt.subplots(figsize=(7, 4))
_draw(ax, train_losses, "training loss")
_draw(ax, val_losses, "validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
ax.set_title("MLP (128 hidden units): loss per epoch")
ax.legend()
plt.show()
''',
}
