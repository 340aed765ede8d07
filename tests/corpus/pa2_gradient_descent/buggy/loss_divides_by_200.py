"""Slip (hard-coded size): loss_func divides the summed squared errors by 200, the notebook's number of points: ((y_pred - y_true) ** 2).sum() / 200. In the notebook's full-batch run it is the MSE (the self-check's 'a mean, not a sum' test fails, but the student left it). For any other number of points the value is n/200 times the MSE. Value wrong (0/6), one-element tensor that follows the predictions (2/2), gradient 2 r / 200 instead of 2 r / n (0/2) -> 2. Only loss_func loses: the fits are graded with the grader's own loss."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return ((y_pred - y_true) ** 2).sum() / 200
''',
}
