"""Slip (plot_curves), a leftover variable from the cell above: the student makes the figure as
fig, loss_ax = plt.subplots(), draws both lists on loss_ax (labels "training"/"validation", epochs 1..n) and calls
loss_ax.legend(), but then writes ax.set(xlabel="epoch", ylabel="cross-entropy loss", title=...) with `ax`, the
loop variable left by the decision-regions cell (its MLP panel, already shown). The curves' figure has both curves
and a legend but no axis labels and no title (they went to the old decision-region axes). Loses labels (2) and
title (1) -> 7."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 7, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = range(1, len(train_losses) + 1)
fig, loss_ax = plt.subplots(figsize=(7, 4))
loss_ax.plot(epochs, train_losses, label="training")
loss_ax.plot(epochs, val_losses, label="validation")
loss_ax.legend()
ax.set(xlabel="epoch", ylabel="cross-entropy loss", title="MLP: training and validation loss")
plt.show()
''',
}
