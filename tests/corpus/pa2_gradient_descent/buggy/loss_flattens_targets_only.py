"""loss_func flattens the targets to shape (n,) ('to be safe') but not the predictions, (n, 1): broadcasting turns y_pred - y_true into an (n, n) table of every prediction against every target, and the mean is taken over all n*n pairs. A one-element tensor that follows the predictions (2/2), but the value (0/6) and the gradient 2/n^2 * sum_j (p_i - y_j) (0/2) are wrong -> 2."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    y_true = y_true.view(-1)          # make the targets a flat vector
    return torch.mean((y_pred - y_true) ** 2)
''',
}
