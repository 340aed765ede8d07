"""The plot cell draws both labelled curves, labels the axes, sets a title, and then calls
ax.legend(loc="upper rigth") (typo): matplotlib raises ValueError ("'upper rigth' is not a valid value for loc") and
no legend is attached; plt.show() is never reached. Both curves, labels and title are in the figure: loses legend (1)
-> 9, and the message should name the ValueError."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
epochs = range(1, len(train_losses) + 1)
fig, ax = plt.subplots()
ax.plot(epochs, train_losses, label="training loss")
ax.plot(epochs, val_losses, label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("MLP training and validation loss")
ax.legend(loc="upper rigth")
plt.show()
''',
}
