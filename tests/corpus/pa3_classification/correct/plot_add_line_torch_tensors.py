"""Correct (plot_curves), an unusual route: the lists are turned into torch tensors, the epochs made with torch.arange(1, n + 1), and each curve is built as a matplotlib.lines.Line2D (with a label) and attached with ax.add_line, then ax.autoscale_view(); axes labelled ("epoch", "cross-entropy loss") and titled in one ax.set call, ax.legend(). Both curves are on the axes with their labels and are visible: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
from matplotlib.lines import Line2D

train_t, val_t = torch.tensor(train_losses), torch.tensor(val_losses)
epochs = torch.arange(1, len(train_t) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.add_line(Line2D(epochs.numpy(), train_t.numpy(), color="C0", label="training loss"))
ax.add_line(Line2D(epochs.numpy(), val_t.numpy(), color="C1", linestyle="--", label="validation loss"))
ax.autoscale_view()
ax.set(xlabel="epoch", ylabel="cross-entropy loss", title="MLP: training vs validation loss")
ax.legend()
plt.show()
''',
}
