"""Partial notebook: the student did Parts 1 and 2 only. model and loss_func are the reference; the fit_GD and fit_BGD cells are still the template (def with docstring, `# YOUR CODE HERE`, `raise NotImplementedError()`), both plot cells are still the template (`raise NotImplementedError()` at module level) and the discussion is the untouched placeholder. The locked run cells raise NotImplementedError, so loss_GD and loss_BGD never exist. Parts 1 and 2 are complete and correct and nothing in them depends on the later parts: model 10, loss_func 10; every unwritten part 0 (the discussion placeholder 0). The messages should say 'not written yet'."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": 0}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Fit weight and bias by full-batch gradient descent.

    Returns:
        NumPy array of shape (num_epochs,): the loss of each epoch, before its update.
    """
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "plot_GD_answer": '''
# Plot the loss curve of full-batch gradient descent.
# YOUR CODE HERE
raise NotImplementedError()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Fit weight and bias by mini-batch gradient descent."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "plot_BGD_answer": '''
# Plot the loss curve of mini-batch gradient descent.
# YOUR CODE HERE
raise NotImplementedError()
''',
    "discussion": "YOUR ANSWER HERE",
}
