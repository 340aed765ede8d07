"""Both curves labelled with label=..., axes labelled, a title, but legend() is never called, so nothing tells the curves apart: loses legend (1) -> 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(train_losses) + 1), train_losses, label="train")
ax.plot(np.arange(1, len(val_losses) + 1), val_losses, label="val")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("Learning curves")
plt.show()
''',
}
