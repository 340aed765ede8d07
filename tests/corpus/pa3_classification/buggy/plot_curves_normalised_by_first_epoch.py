"""Slip (plot_curves), R/ggplot "relative change" habit: the student divides each list by its own first value
(train = np.asarray(train_losses) / train_losses[0], likewise val) "so both curves start at 1 and can be compared".
The figure is otherwise complete (epochs 1..n, labels, title, legend), but neither drawn curve is train_losses or
val_losses: the notebook asks to plot the two lists themselves. Train (3) and val (3) lost, and labels, title and
legend count only when a curve was found ("form without substance earns nothing") -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch (relative to epoch 1).
train = np.asarray(train_losses, dtype=float) / train_losses[0]
val = np.asarray(val_losses, dtype=float) / val_losses[0]
epochs = np.arange(1, len(train) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train, label="training loss")
plt.plot(epochs, val, label="validation loss")
plt.xlabel("epoch")
plt.ylabel("loss (relative to epoch 1)")
plt.title("MLP: training and validation loss")
plt.legend()
plt.show()
''',
}
