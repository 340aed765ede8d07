"""Slip (Python aliasing: `=` does not copy): loss_func writes `err = y_true` and then `err -= y_pred`, thinking it
works on a copy; the in-place subtraction OVERWRITES the caller's target tensor with the residuals. The value it
returns is the MSE, and the gradient reaching y_pred is 2 (y_pred - y_true) / n (autograd records the in-place
subtraction on the target leaf, which does not require grad), so a single call looks right; but every call destroys
the targets it was given: in the notebook, fit_GD(model, loss_func, X, Y, ...) replaces the global Y by its
residuals at the first epoch and trains on garbage from then on. The self-check even passes, since its later calls
happen to see consistent targets. By the rule the grader applies to model ('overwrites the data it is given (an
in-place *= or +=) ... loses its values'), the value criterion is lost (6); tensor (2) and gradient (2) kept -> 4."""

EXPECTED = {"model": 10, "loss_func": 4, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    err = y_true
    err -= y_pred          # the error of every prediction
    return torch.mean(err ** 2)
''',
}
