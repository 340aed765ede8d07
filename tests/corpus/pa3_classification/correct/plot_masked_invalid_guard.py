"""Correct (plot_curves), guarded against a diverged run: each list is turned into np.ma.masked_invalid(np.asarray(
values, dtype=float)) so that a nan or inf epoch (a learning rate too large) would leave a gap instead of breaking
the autoscaling; with finite losses nothing is masked and the curves are the lists themselves. Both drawn against
epochs 1..n with markers, labelled "training loss" / "validation loss", axis labels "epoch" / "cross-entropy loss",
a title, ax.legend(): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
def finite_only(values):
    """The values as an array, nan / inf masked (drawn as gaps)."""
    return np.ma.masked_invalid(np.asarray(values, dtype=float))


train_curve, val_curve = finite_only(train_losses), finite_only(val_losses)
epochs = np.arange(1, len(train_curve) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_curve, "o-", markersize=3, label="training loss")
ax.plot(epochs, val_curve, "s-", markersize=3, label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
ax.set_title("MLP: training and validation loss per epoch")
ax.legend()
plt.show()
''',
}
