"""Object-oriented plot: both loss curves on ax (labelled "training loss" / "validation loss"), the validation accuracy on a twin axes (ax.twinx()) at the right; ONE legend for all three lines, built from their handles and drawn on the twin axes (the usual idiom: a legend on the first axes would sit under the twin's lines). Axes labelled, titled. The legend says which curve is which: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(8, 4.5))
l1, = ax.plot(epochs, train_losses, color="tab:blue", label="training loss")
l2, = ax.plot(epochs, val_losses, color="tab:orange", label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
acc_ax = ax.twinx()
l3, = acc_ax.plot(np.arange(1, len(mlp_history["val_acc"]) + 1), mlp_history["val_acc"], color="tab:green",
                  linestyle=":", label="validation accuracy")
acc_ax.set_ylabel("accuracy")
acc_ax.set_ylim(0, 1)
lines = [l1, l2, l3]
acc_ax.legend(lines, [line.get_label() for line in lines], loc="center right")
ax.set_title("MLP on the spirals: losses and validation accuracy")
fig.tight_layout()
plt.show()
''',
}
