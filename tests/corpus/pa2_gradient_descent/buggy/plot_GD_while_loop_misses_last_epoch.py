"""Beginner slip (off-by-one in a while loop): plot_GD builds its lists with `while counter < len(loss_GD) - 1:` and so leaves out the LAST epoch's loss; the figure shows all epochs but the last, labelled 'Epoch' / 'Loss' and titled. The curve is not the losses of every epoch (curve 0); the figure still shows the losses, so labels and title count (like the corpus' plot_BGD_skips_first_epoch): 0 + 1 + 1 -> 2."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 2, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
epochs = []
values = []
counter = 0
while counter < len(loss_GD) - 1:
    epochs.append(counter + 1)
    values.append(loss_GD[counter])
    counter += 1
plt.plot(epochs, values, 'o-')
plt.xlabel('Epoch')
plt.ylabel('Loss')
plt.title('Full-batch gradient descent')
plt.show()
''',
}
