"""Slip (wrong axis): loss_func averages over dim=1, torch.mean((y_pred - y_true) ** 2, dim=1), thinking of 'the feature axis': for (n, 1) inputs that averages each row with itself and returns the n squared errors, a tensor of shape (n,), not the one-element mean. Value wrong (not the MSE, not one element) 0/6, not a one-element tensor 0/2, gradient of its sum is 2 r instead of 2 r / n 0/2 -> 0. The message should say it returned n values instead of one."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return torch.mean((y_pred - y_true) ** 2, dim=1)
''',
}
