"""junk: the plot cell copies train_losses and val_losses into a global the first time it runs (try/except NameError) and always draws that copy, with labels, a title and a legend: re-run with other curves it still draws the old numbers, so it never plots the lists it is given: nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
try:
    _frozen_curves
except NameError:
    _frozen_curves = (list(train_losses), list(val_losses))
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(range(1, len(_frozen_curves[0]) + 1), _frozen_curves[0], label="training")
ax.plot(range(1, len(_frozen_curves[1]) + 1), _frozen_curves[1], label="validation")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("MLP losses")
ax.legend()
plt.show()
''',
}
