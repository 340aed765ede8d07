"""plot_GD re-runs the training in its own cell (torch.manual_seed(1); loss_GD = fit_GD(...), the line of the locked run_GD cell), then plots loss_GD with labels and a title. The grader replays the plot cell with its own loss_GD, which the cell overwrites before plotting: the figure never shows the grader's values, so the curve is not found and nothing is earned -> 0 (the notebook says the plot cell is re-run on other values; plot the variable as it is)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
# Train again so that this cell can be run on its own.
torch.manual_seed(1)
loss_GD = fit_GD(model, loss_func, X, Y, lr, num_epochs)

plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
