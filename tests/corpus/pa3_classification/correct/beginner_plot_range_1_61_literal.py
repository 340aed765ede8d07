"""Beginner style (plot_curves), reading the spec literally: "against the epoch (1 to 60)" becomes x = list(range(1, 61)), hard-coded; the two lists are plotted against it with plt.plot, then plt.xlabel("Epoch (1 to 60)"), plt.ylabel("Loss"), plt.title, plt.legend(["train_losses", "val_losses"]) (the variable names as legend entries). The notebook always trains 60 epochs, so the x values match the lists: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
x = list(range(1, 61))
plt.plot(x, train_losses)
plt.plot(x, val_losses)
plt.xlabel("Epoch (1 to 60)")
plt.ylabel("Loss")
plt.title("train_losses and val_losses")
plt.legend(["train_losses", "val_losses"])
plt.show()
''',
}
