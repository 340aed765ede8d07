"""loss_func returns HALF the mean squared error, 0.5 * mean((y_pred - y_true) ** 2), the convention some textbooks use to tidy the derivative: the value is half the MSE (0/6), it is a one-element tensor that follows the predictions (2/2), its gradient (y_pred - y_true)/n is half the MSE's (0/2) -> 2."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    # the 1/2 cancels the 2 of the derivative
    return 0.5 * torch.mean((y_pred - y_true) ** 2)
''',
}
