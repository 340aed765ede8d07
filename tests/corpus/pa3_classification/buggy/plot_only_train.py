"""Only the training curve is drawn: loses val (3) -> 7."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 7, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
plt.plot(range(1, len(train_losses) + 1), train_losses)
plt.xlabel("epoch")
plt.ylabel("training loss")
plt.title("Training loss")
plt.show()
''',
}
