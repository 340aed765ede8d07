"""The plot cell starts with the cell magic %%time, draws both labelled curves with axis labels, a title and a legend, saves the figure with plt.savefig("loss_curves.png", dpi=150, bbox_inches="tight") (for the report), then plt.show(). Saving a file is an ordinary notebook habit; the figure is complete: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''%%time
epochs = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(8, 4))
plt.plot(epochs, train_losses, label="train")
plt.plot(epochs, val_losses, label="val")
plt.xlabel("epoch")
plt.ylabel("cross-entropy loss")
plt.title("MLP learning curves")
plt.legend()
plt.tight_layout()
plt.savefig("loss_curves.png", dpi=150, bbox_inches="tight")
plt.show()
''',
}
