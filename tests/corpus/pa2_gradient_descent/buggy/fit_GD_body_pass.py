"""The student replaced the template's raise with `pass` and meant to come back later: fit_GD is defined but its body is only `pass`, so it returns None without calling the model. The run_GD cell stores loss_GD = None and the plot cell (reference) fails in the student's own run, but the grader replays it with its own loss_GD. fit_GD 0 (never trains, returns None); every other part full (plot_GD plots the variable correctly when it holds losses)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Fit weight and bias by full-batch gradient descent."""
    # YOUR CODE HERE
    pass
''',
}
