"""MATLAB habit, one slip in plot_GD: plt.plot(epochs, loss_GD, 'LineWidth', 2), MATLAB's name-value pair. matplotlib reads 'LineWidth' as a format string and raises ValueError ("'LineWidth' is not a valid format string") before drawing anything; the label and title lines after it never run. The cell leaves an empty figure: nothing of the losses is shown, no labels, no title -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
plt.figure()
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, 'LineWidth', 2)
plt.xlabel('Epoch')
plt.ylabel('Loss (MSE)')
plt.title('Full-batch gradient descent')
plt.grid(True)
plt.show()
''',
}
