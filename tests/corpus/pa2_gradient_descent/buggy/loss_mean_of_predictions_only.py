"""loss_func returns the mean of y_pred ** 2 and ignores y_true (a slip in the subtraction): the value is wrong (0/6), but it is a one-element tensor (2/2) that follows its input; its gradient 2 y_pred / n is wrong (0/2) -> 2."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    error = y_pred
    return (error ** 2).mean()
''',
}
