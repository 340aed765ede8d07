"""The plot puts both loss curves on a left axes with a legend, and adds the validation accuracy on a second axes to the right; the loss axes is labelled and titled: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
left.plot(range(1, len(train_losses) + 1), train_losses, label="train")
left.plot(range(1, len(val_losses) + 1), val_losses, label="val")
left.set_xlabel("Epoch")
left.set_ylabel("Loss")
left.set_title("Losses")
left.legend()
right.plot(range(1, len(mlp_history["val_acc"]) + 1), mlp_history["val_acc"], color="green")
right.set_xlabel("Epoch")
right.set_ylabel("Validation accuracy")
right.set_title("Accuracy")
plt.show()
''',
}
