"""Typo that rebinds the answer's name: the loss cell defines the right loss_func, then tries it on the data with the true line and stores the result under the function's own name, `loss_func = loss_func(model(X, torch.tensor([3.0]), torch.tensor([0.0])), Y)` (meant: `loss = ...`). From then on loss_func is a 0-d tensor, not a function: the self-check and every later use fail. loss_func as the notebook leaves it at Part 2 is not callable: 0. The message should say that loss_func is a Tensor (the name was reassigned), not that no function was defined or that the cell was not run. (The fits are judged with the grader's own loss: 30 each.)"""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    return torch.mean((y_pred - y_true) ** 2)


# try it on the data, with the true line y = 3x
loss_func = loss_func(model(X, torch.tensor([3.0]), torch.tensor([0.0])), Y)
print("loss of the true line:", loss_func.item())
''',
}
