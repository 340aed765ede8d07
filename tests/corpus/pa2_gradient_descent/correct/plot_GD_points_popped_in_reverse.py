"""plot_GD (beginner style) builds its lists of points by taking the losses off the END of a copy of the list with pop() in a while loop: values.append(remaining.pop()), epochs.append(len(remaining) + 1). The lists come out last epoch first, but each loss stays paired with its own epoch number, so plt.plot(epochs, values, 'o-') draws exactly the same figure as plotting them first to last (the same markers joined by the same line segments); labels 'Epoch' / 'Loss (MSE)' and a title. The figure shows every epoch's loss at its epoch: full marks. (Note: the notebook's own self-check compares the drawn y values in drawing order and would not find them; the figure itself is identical to the reference's.)"""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
# Plot the loss curve of full-batch gradient descent.
remaining = list(loss_GD)
epochs, values = [], []
while remaining:
    values.append(remaining.pop())      # the last loss left ...
    epochs.append(len(remaining) + 1)   # ... belongs to this epoch
plt.plot(epochs, values, "o-")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
