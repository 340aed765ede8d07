"""ADVANCED slip (wrong dimension): loss_func writes the sum of squares as torch.einsum('ij,ij->', r, r) and divides by r.shape[1] (the number of columns, 1) instead of r.shape[0] (the number of points): it returns the SUM of squared errors. A one-element tensor that follows the predictions (tensor 2/2), value n times the MSE (0/6), gradient 2 r instead of 2 r / n (0/2) -> 2 (like the corpus' loss_sum_not_mean)."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    r = y_pred - y_true
    return torch.einsum("ij,ij->", r, r) / r.shape[1]
''',
}
