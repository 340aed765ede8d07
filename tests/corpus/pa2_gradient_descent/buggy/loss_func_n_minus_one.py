"""loss_func divides the summed squared errors by n - 1 (the 'unbiased' habit from sample variances):
((y_pred - y_true) ** 2).sum() / (len(y_pred) - 1). Value wrong (0/6), a one-element tensor that follows the
predictions (2/2), gradient 2 r / (n - 1) instead of 2 r / n (0/2) -> 2."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    n = len(y_pred)
    return ((y_pred - y_true) ** 2).sum() / (n - 1)
''',
}
