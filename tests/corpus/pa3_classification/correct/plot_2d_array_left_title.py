"""The plot draws both curves in ONE plt.plot call with a 2-D array (np.column_stack of the two lists, one column per curve), names them with plt.legend([...]) in column order, labels the axes ("epoch", "mean cross-entropy"), and puts the title on the left (plt.title(..., loc="left")): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
curves = np.column_stack([train_losses, val_losses])  # one column per curve
epochs = np.arange(1, curves.shape[0] + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, curves, marker=".")
plt.legend(["training", "validation"], loc="upper right")
plt.xlabel("epoch")
plt.ylabel("mean cross-entropy")
plt.title("MLP learning curves", loc="left")
plt.grid(alpha=0.3)
plt.show()
''',
}
