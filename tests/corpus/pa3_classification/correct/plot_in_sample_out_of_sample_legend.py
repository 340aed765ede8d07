"""Correct (plot_curves): a statistics student's vocabulary. Both curves drawn against epochs 1..60, axes labelled "epoch" / "cross-entropy loss", a title, and a legend whose entries are "in-sample (75 points)" for train_losses and "out-of-sample (300 points)" for val_losses: the standard names for the loss on the data the model was fitted to and on new data, with the sizes of the notebook's two sets. The legend says which curve is which: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, label="in-sample (75 points)")
ax.plot(epochs, val_losses, label="out-of-sample (300 points)")
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
ax.set_title("MLP: in-sample vs out-of-sample loss")
ax.legend()
plt.show()
''',
}
