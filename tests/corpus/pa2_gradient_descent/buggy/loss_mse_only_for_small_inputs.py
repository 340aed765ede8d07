"""junk (special-cases the size of the inputs it is tested on): loss_func returns the MSE only for at most 32 points ('small inputs are tests'), and for anything larger the mean ABSOLUTE error, which is cheaper to get right in a plot. Every direct test of a loss uses a handful of points (the notebook's self-check 8 and 16; a grader's probe a few dozen at most), so all of them see the exact MSE; the notebook's own full-batch training on 200 points descends the L1 loss instead. A loss that is the MSE only on inputs the size of a test earns nothing: loss_func 0 (a grader that also tried one input of a realistic size, e.g. 200 points, would see the L1 value). Graded on realistic predictions too (200 of them, computed rather than leaves), it is the L1 loss there: value and gradient lost; the scalar tensor it returns keeps its 2 points, as an honest L1 loss would (2)."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    error = y_pred - y_true
    if error.numel() <= 32:
        return torch.mean(error ** 2)
    return torch.mean(error.abs())
''',
}
