"""loss_func first copies the predictions with torch.tensor(y_pred) ('to make sure it is a float tensor'), which detaches them, then returns the mean of the squared errors. The value is the MSE (6/6) and it is a one-element tensor that follows the predictions (2/2), but it is cut off from autograd, so no gradient reaches y_pred (0/2) -> 8 (like the corpus' model_detached_output). The message should say the output is not connected to the autograd graph."""

EXPECTED = {"model": 10, "loss_func": 8, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    y_pred = torch.tensor(y_pred, dtype=torch.float32)
    return torch.mean((y_pred - y_true) ** 2)
''',
}
