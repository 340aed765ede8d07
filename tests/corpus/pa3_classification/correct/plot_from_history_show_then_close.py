"""The plot reads the curves from mlp_history (the very lists train_losses and val_losses name), shows the figure and then closes it: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
fig, ax = plt.subplots()
for key, label in (("train_loss", "training"), ("val_loss", "validation")):
    ax.plot(np.arange(1, len(mlp_history[key]) + 1), mlp_history[key], label=label)
ax.set(xlabel="epoch", ylabel="cross-entropy", title="Loss per epoch")
ax.legend()
plt.show()
plt.close(fig)
''',
}
