"""plot_GD draws the losses as a bar chart, one bar per epoch (plt.bar(epochs, loss_GD)), with 'Epoch' / 'Loss
(MSE)' labels and a title; plot_BGD uses a stem plot (ax.stem(epochs, loss_BGD)), one stem and marker per epoch,
labelled 'Epoch' / 'Mean batch loss', titled. Both show every epoch's loss at its epoch (the notebook's own
self-check accepts bar charts): full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
epochs = np.arange(1, len(loss_GD) + 1)
plt.figure(figsize=(7, 4))
plt.bar(epochs, loss_GD, color="steelblue")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent: loss per epoch")
plt.show()
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots(figsize=(7, 4))
ax.stem(np.arange(1, len(loss_BGD) + 1), loss_BGD)
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
