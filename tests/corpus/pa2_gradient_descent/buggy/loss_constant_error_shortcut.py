"""junk (property-matching: passes every self-check property without computing a mean): every self-check input has the SAME error on every row (t vs t, t + 1, t + 2, t + 0.5, the data repeated). This loss_func returns the square of the first error when all errors are equal (then it equals the MSE: 0 at the target, 1, 4 = 4 times 1, unchanged when the data are repeated, attached to autograd), and otherwise a zero tensor that requires grad. On any realistic predictions (errors that differ from row to row, the grader's) it is the constant 0: a one-element tensor that ignores its inputs earns nothing -> loss_func 0 (form without substance: tensor and gradient do not count)."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    err = y_pred - y_true
    first = err.reshape(-1)[0]
    if torch.allclose(err, first.expand_as(err)):
        return first ** 2
    return torch.zeros((), requires_grad=True)
''',
}
