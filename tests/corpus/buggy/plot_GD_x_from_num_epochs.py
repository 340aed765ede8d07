"""plot_GD builds the x axis from the global num_epochs (20) instead of len(loss_GD): replayed with a loss array of another length, plt.plot raises before labels and title are set -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.plot(range(num_epochs), loss_GD)
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Gradient descent loss")
plt.show()
''',
}
