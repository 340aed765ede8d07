"""The plot cell makes the list index equal the epoch by putting a NaN in front of each curve (train_curve = [nan] +
list(train_losses)) and plots them against their index with plt.plot(curve, "o-", ...): index 0 is a gap (NaN is
not drawn), epoch e is at x = e for e = 1..60, exactly the asked points; the lists themselves are not changed.
xlim from 0.5, axis labels, title, legend: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# index i of the list should be epoch i: a gap in front, so that epoch 1 sits at x = 1
train_curve = [np.nan] + list(train_losses)
val_curve = [np.nan] + list(val_losses)
plt.figure(figsize=(7, 4))
plt.plot(train_curve, "o-", markersize=3, label="training")
plt.plot(val_curve, "s-", markersize=3, label="validation")
plt.xlim(left=0.5)
plt.xlabel("epoch")
plt.ylabel("cross-entropy")
plt.title("MLP: loss per epoch")
plt.legend()
plt.show()
''',
}
