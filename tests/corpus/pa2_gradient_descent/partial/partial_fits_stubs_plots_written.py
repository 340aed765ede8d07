"""Partial notebook: the fit_GD and fit_BGD cells are still the template stubs (raise NotImplementedError), but the student wrote both plot cells (the reference: plt.plot of loss_GD / ax.plot of loss_BGD per epoch, labelled and titled). In the student's notebook the run cells raise, loss_GD / loss_BGD do not exist and the plot cells raise NameError; the grader replays each plot cell with its own values in loss_GD / loss_BGD, and the cells draw them correctly. Part 4 and Part 6 only ask to plot the variable, so they are judged on their own: fit_GD 0, fit_BGD 0, plot_GD 5, plot_BGD 5."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Fit weight and bias by full-batch gradient descent."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Fit weight and bias by mini-batch gradient descent."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
}
