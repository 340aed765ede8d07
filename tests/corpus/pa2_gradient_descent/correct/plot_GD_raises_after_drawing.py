"""A plot cell that raises after drawing: plot_GD draws loss_GD per epoch with 'Epoch' / 'Loss (MSE)' labels and a title, then tries to save it into a folder that does not exist, plt.savefig('figures/loss_GD.png') (FileNotFoundError, or a permission error in a read-only folder), before plt.show(). The figure is complete when the error comes and is shown at the end of the cell (the inline backend shows the open figures of a cell that failed; the notebook's self-check finds it). The error must not cost plot_GD or any later part anything: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.savefig("figures/loss_GD.png", dpi=150)
plt.show()
''',
}
