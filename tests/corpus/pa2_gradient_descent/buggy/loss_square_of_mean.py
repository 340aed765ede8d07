"""loss_func misplaces a parenthesis: torch.mean(y_pred - y_true) ** 2, the square of the mean error instead of the mean of the squared errors. Value wrong (0/6), a one-element tensor that follows the predictions (2/2), gradient 2*mean(d)/n in every entry instead of 2*d/n (0/2) -> 2."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return torch.mean(y_pred - y_true) ** 2
''',
}
