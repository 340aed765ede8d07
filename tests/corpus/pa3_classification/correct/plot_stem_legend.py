"""Each curve drawn as a stem plot (plt.stem(epochs, values, label=...), markers on stems, basefmt blank) with plt.legend(); labels and title: fully correct. The legend's handles are StemContainers, not the marker Line2D."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
ep = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(8, 4))
plt.stem(ep, train_losses, linefmt="C0-", markerfmt="C0o", basefmt=" ", label="training loss")
plt.stem(ep + 0.3, val_losses, linefmt="C1-", markerfmt="C1s", basefmt=" ", label="validation loss")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Per-epoch losses of the MLP")
plt.legend()
plt.show()
''',
}
