"""The plot draws train_losses and, by a slip of the dict key, mlp_history["val_acc"] (the validation ACCURACY) labelled "validation": the validation loss is never drawn. The training curve is found, labelled "training loss" in a legend; axes labelled, titled: loses val (3) -> 7."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 7, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, label="training loss")
plt.plot(epochs, mlp_history["val_acc"], label="validation")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("MLP learning curves")
plt.legend()
plt.show()
''',
}
