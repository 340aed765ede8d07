"""The plot draws both curves in ONE plt.plot call with x, y, fmt triplets (plt.plot(x, train, "b-", x, val, "r--"), x a range(1, n + 1)), names them with plt.legend(["train loss", "validation loss"]), labels the axes, titles, adds a grid: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
x = range(1, len(train_losses) + 1)
plt.figure(figsize=(8, 4))
plt.plot(x, train_losses, "b-", x, val_losses, "r--")
plt.legend(["train loss", "validation loss"], loc="upper center")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Training vs validation loss (MLP)")
plt.grid(alpha=0.3)
plt.show()
''',
}
