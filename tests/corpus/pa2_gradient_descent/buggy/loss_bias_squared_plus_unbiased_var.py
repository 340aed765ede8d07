"""ADVANCED slip (passes the self-check only because its errors are constant): loss_func uses the decomposition MSE = (mean error)^2 + variance of the errors, written as r.mean() ** 2 + r.var(). torch.var is the UNBIASED variance (divides by n - 1), so the value is (mean r)^2 + sum((r - mean r)^2) / (n - 1), not the MSE. Every self-check input has the same error on every row (t + 1, t + 2, t + 0.5), where the variance is 0 and the result equals the MSE; on errors that differ from row to row (the grader's) it is too large. Value wrong (0/6), a one-element tensor that follows the predictions (2/2), gradient 2 mean/n + 2 (r - mean)/(n - 1) instead of 2 r / n (0/2) -> 2, like the corpus' loss_func_n_minus_one."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    r = y_pred - y_true
    # MSE = bias^2 + variance
    return r.mean() ** 2 + r.var()
''',
}
