"""The plot is drawn inside `with plt.style.context("ggplot")` (grey axes background, white grid) on fig.add_subplot(111), the lists converted with np.array, markers ".", x limits 1..n, y from 0, labels "Epoch #" / "Cross entropy", a title, and a legend with its own title ("split") and entries "Train" / "Val": fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
with plt.style.context("ggplot"):
    fig = plt.figure(figsize=(7, 4))
    ax = fig.add_subplot(111)
    n_epochs = len(train_losses)
    ax.plot(np.arange(1, n_epochs + 1), np.array(train_losses), marker=".", label="Train")
    ax.plot(np.arange(1, n_epochs + 1), np.array(val_losses), marker=".", label="Val")
    ax.set_xlim(1, n_epochs)
    ax.set_ylim(bottom=0)
    ax.set_xlabel("Epoch #")
    ax.set_ylabel("Cross entropy")
    ax.set_title("Learning curves")
    ax.legend(title="split", loc="best")
plt.show()
''',
}
