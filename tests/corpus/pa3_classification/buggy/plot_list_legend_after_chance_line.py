"""Slip (plot_curves), the tutorial idiom plt.legend(["train", "val"]) (labels given as a list, matched to the
artists in the order they were drawn) combined with a reference line drawn FIRST: the student draws
ax.axhline(np.log(3), ...) ("chance level, log 3") before the two curves, then ax.legend(["training",
"validation"]). The legend labels the chance line "training" and the training curve "validation"; the validation
curve has no entry. Both curves are drawn, axes labelled, titled; the legend names the wrong curves: loses legend
(1) -> 9 (as buggy/plot_legend_swapped)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.axhline(np.log(3), color="grey", linestyle=":", linewidth=1)  # chance level: uniform guess over 3 classes
ax.plot(epochs, train_losses)
ax.plot(epochs, val_losses)
ax.legend(["training", "validation"])
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
ax.set_title("MLP on the spirals")
plt.show()
''',
}
