"""loss_func computes the squared error of each row with torch.func.vmap (a function of one prediction row and one
target row, mapped over dim 0) and returns the mean of those per-row errors: for (n, 1) columns each row's error is
(p - t)**2, so the mean over rows is exactly the MSE. vmap is differentiable, so the gradient 2 (y_pred - y_true) / n
reaches y_pred; the result is a 0-d tensor; n = 1 works too. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
from torch.func import vmap


def loss_func(y_pred, y_true):
    """Mean over the rows of each row's squared error."""
    per_row = vmap(lambda p, t: torch.sum((p - t) ** 2))(y_pred, y_true)
    return per_row.mean()
''',
}
