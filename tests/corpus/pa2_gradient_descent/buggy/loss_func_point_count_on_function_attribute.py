"""Slip (state kept on the function object): loss_func stores the number of points on itself the first time it runs,
`if not hasattr(loss_func, 'n'): loss_func.n = y_true.numel()` ('the data set does not change'), and returns
sum((y_pred - y_true) ** 2) / loss_func.n. The first call (the self-check's 8 points) fixes n = 8 for the rest of the
session: the self-check's repeated data (16 points) already gives twice the MSE ('the loss should be a mean'), the
notebook's fits divide sums of 200 or 10 squared errors by 8, and a grader in a fresh kernel after the notebook ran
gets sum / 8 for every size. Like the corpus' loss_divides_by_200 (a fixed denominator): value 0, one-element tensor
that follows the predictions 2, gradient 2 r / 8 instead of 2 r / n 0 -> 2."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    if not hasattr(loss_func, "n"):
        loss_func.n = y_true.numel()          # count the points once
    return ((y_pred - y_true) ** 2).sum() / loss_func.n
''',
}
