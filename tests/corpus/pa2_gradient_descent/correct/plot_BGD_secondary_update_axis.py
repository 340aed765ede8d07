"""plot_BGD draws loss_BGD per epoch ('Epoch' / 'Mean batch loss (MSE)', titled) and adds a secondary x axis on top that counts updates, ax.secondary_xaxis('top', functions=(epochs -> updates, updates -> epochs)) with K = ceil(len(X) / batch_size) updates per epoch (the notebook's globals), labelled 'Updates (K per epoch)'. The main axes shows every epoch's loss in order with its labels and title; the extra axis only adds a scale: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
# Plot the loss curve of mini-batch gradient descent, with the number of updates on top.
per_epoch = -(-len(X) // batch_size)
fig, ax = plt.subplots()
epochs = np.arange(1, len(loss_BGD) + 1)
ax.plot(epochs, loss_BGD, "s-", color="tab:orange")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
top = ax.secondary_xaxis("top", functions=(lambda e: e * per_epoch, lambda u: u / per_epoch))
top.set_xlabel(f"Updates ({per_epoch} per epoch)")
plt.show()
''',
}
