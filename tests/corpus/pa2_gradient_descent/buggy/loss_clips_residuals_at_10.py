"""Slip that only shows on large errors: loss_func clips each residual to [-10, 10] before squaring,
r = (y_pred - y_true).clamp(-10, 10) ('so one bad point cannot blow up the loss', after the lecture's warning about
exploding gradients). Wherever every error is below 10 in size this is exactly the MSE with the right gradient; but
the spec asks for the mean of (y_pred - y_true)**2 for ANY predictions, and an error of 30 counts as 100 instead of
900, with zero gradient (the clamp cuts it). The notebook's own first epochs have errors of that size (Y = 3x on
[-10, 10] against a random initial line). Fair grading: value lost (6) and gradient lost (2), the result is still a
one-element tensor that follows the predictions (2) -> 2. (A grader that only tries errors of a few units never sees
the clamp.)"""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    # clip the errors so that one outlier cannot make the loss (and its gradient) explode
    r = (y_pred - y_true).clamp(-10.0, 10.0)
    return torch.mean(r ** 2)
''',
}
