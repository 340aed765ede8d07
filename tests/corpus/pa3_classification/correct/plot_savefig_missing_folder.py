"""The plot cell draws the complete figure (both labelled curves, axis labels, title, legend) and then saves it with
plt.savefig("figures/loss_curves.png") into a folder that does not exist: FileNotFoundError after everything was drawn
(plt.show() after it is never reached). The figure shows what it should: full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
epochs = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, label="train")
plt.plot(epochs, val_losses, label="validation")
plt.xlabel("Epoch")
plt.ylabel("Cross-entropy loss")
plt.title("Training vs validation loss")
plt.legend()
plt.savefig("figures/loss_curves.png")
plt.show()
''',
}
