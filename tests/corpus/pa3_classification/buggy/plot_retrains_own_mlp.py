"""A plot cell that calls its own code instead of plotting the lists: it trains a fresh MLP with the notebook's fit
(60 epochs) and plots that run's history, overwriting train_losses / val_losses. The notebook says to plot the two
lists themselves because the grader re-runs the cell with other values in them; the curves drawn are not the lists it
was given. No curve of the given lists -> plot 0 (labels, title, legend count only with a curve, as
buggy/plot_hardcoded_values). Everything else full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
torch.manual_seed(3)
history = fit(make_mlp(2, 128, 3), epochs=60, lr=0.05)
train_losses, val_losses = history["train_loss"], history["val_loss"]
epochs = range(1, len(train_losses) + 1)
plt.plot(epochs, train_losses, label="training loss")
plt.plot(epochs, val_losses, label="validation loss")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("MLP loss curves")
plt.legend()
plt.show()
''',
}
