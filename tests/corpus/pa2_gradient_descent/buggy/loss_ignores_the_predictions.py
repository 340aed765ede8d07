"""junk: loss_func returns the variance of the targets, mean((y_true - y_true.mean()) ** 2): a one-element tensor that never looks at y_pred, so it is not a loss of the predictions and nothing flows back to them. Expect 0 (accept 0-2)."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.mean((y_true - y_true.mean()) ** 2)
''',
}
