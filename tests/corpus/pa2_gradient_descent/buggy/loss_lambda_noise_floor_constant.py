"""junk: loss_func is a lambda that returns the noise floor the notebook talks about, 0.25, dressed up to 'require grad': lambda y_pred, y_true: 0.25 + (y_pred - y_pred.detach()).sum(). Its value is 0.25 whatever the predictions and targets (y_true is never read) and its gradient is 1 for every prediction: a one-element tensor that ignores its inputs earns nothing -> 0 (value 0, tensor 0, gradient 0)."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
loss_func = lambda y_pred, y_true: 0.25 + (y_pred - y_pred.detach()).sum()
''',
}
