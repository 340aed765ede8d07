"""The plot cell starts with plt.style.use("dark_background") and plt.rcParams["figure.dpi"] = 120: black axes, light text, the style's own colour cycle (light teal and pale yellow lines). Both curves drawn with plt.plot and labels, axis labels, a title, plt.legend(), plt.show(). The curves are plainly visible on the dark background: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
plt.style.use("dark_background")
plt.rcParams["figure.dpi"] = 120
epochs = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(8, 4))
plt.plot(epochs, train_losses, label="training loss")
plt.plot(epochs, val_losses, label="validation loss")
plt.xlabel("Epoch")
plt.ylabel("Cross-entropy")
plt.title("Overfitting of the MLP")
plt.legend()
plt.show()
''',
}
