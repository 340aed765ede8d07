"""plot_GD uses the object-oriented API with a 2 x 2 grid of axes: loss_GD per epoch on a linear scale (top left, labelled 'Epoch' / 'Loss (MSE)'), the same on a log scale (top right), the per-epoch decrease as bars (bottom left) and the loss relative to the first epoch (bottom right), each panel titled, plus a suptitle. plot_BGD draws a step plot, ax.step(..., where='post'), shaded underneath with ax.fill_between(..., step='post', alpha=0.2), labelled and titled. Both figures show every epoch's loss in order with labels and a title: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
losses = np.asarray(loss_GD)
epochs = np.arange(1, len(losses) + 1)
fig, axes = plt.subplots(2, 2, figsize=(10, 7))
ax = axes[0, 0]
ax.plot(epochs, losses, "o-")
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss (MSE)")
ax.set_title("Linear scale")
ax = axes[0, 1]
ax.semilogy(epochs, losses, "o-", color="tab:green")
ax.set(xlabel="Epoch", ylabel="Loss (MSE, log scale)", title="Log scale")
ax = axes[1, 0]
ax.bar(epochs[1:], losses[:-1] - losses[1:], color="tab:gray")
ax.set(xlabel="Epoch", ylabel="Decrease of the loss", title="Improvement per epoch")
ax = axes[1, 1]
ax.plot(epochs, losses / losses[0], "s--", color="tab:red")
ax.set(xlabel="Epoch", ylabel="Loss / first loss", title="Relative loss")
fig.suptitle("Full-batch gradient descent")
fig.tight_layout()
plt.show()
''',
    "plot_BGD_answer": r'''
epochs = np.arange(1, len(loss_BGD) + 1)
fig, ax = plt.subplots(figsize=(6, 4))
ax.step(epochs, loss_BGD, where="post", color="tab:orange")
ax.fill_between(epochs, loss_BGD, step="post", alpha=0.2, color="tab:orange")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
