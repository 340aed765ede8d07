"""junk: the plot cell draws both lists with labels, labelled axes, a title and a legend, but in colours #fdfdfd and #fcfcfc on the white axes: the curves (and their legend handles) cannot be seen, only the text. The guard catches a line in the background's exact colour (or visible=False, alpha 0, a covering patch); a colour one step off white is just as invisible. A curve counts when it can be seen: nothing -> 0 (as buggy/plot_under_opaque_patch)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_losses, color="#fdfdfd", label="training")
ax.plot(epochs, val_losses, color="#fcfcfc", label="validation")
ax.set_xlabel("Epoch")
ax.set_ylabel("Cross-entropy loss")
ax.set_title("MLP on the spirals: training and validation loss")
ax.legend()
plt.show()
''',
}
