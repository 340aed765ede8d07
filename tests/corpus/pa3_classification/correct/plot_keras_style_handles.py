"""The plot keeps the handles that ax.plot returns and builds the legend from them with Keras-style names, ax.legend((l1, l2), ("loss", "val_loss")) (as model.fit's history names the two curves), and sets labels and title in one ax.set(...) call. "loss" next to "val_loss" says which curve is which (the one that is not the validation loss is the training loss, as in every Keras plot): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
fig, ax = plt.subplots()
ep = np.arange(1, len(train_losses) + 1)
l1, = ax.plot(ep, train_losses)
l2, = ax.plot(ep, val_losses)
ax.legend((l1, l2), ("loss", "val_loss"))
ax.set(xlabel="epoch", ylabel="loss", title="model loss")
ax.grid(alpha=0.3)
plt.show()
''',
}
