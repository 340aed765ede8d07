"""Partial notebook the other way round: the student skipped Parts 1 and 2 (model and loss_func are still the template stubs that raise NotImplementedError) but wrote both fits and both plots (the reference). In the student's own notebook the locked run cells fail (the reference fits call the stub model), so loss_GD and loss_BGD are never made and the plot cells raise NameError. The fits are graded with the grader's own model and loss, and the plots are replayed with the grader's losses in loss_GD / loss_BGD (the notebook says the grader re-runs the functions and the plot cells on other values), so Parts 3-6 are judged on their own: model 0, loss_func 0, everything else full."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
}
