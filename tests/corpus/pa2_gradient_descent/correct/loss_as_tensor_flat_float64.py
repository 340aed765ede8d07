"""Correct but odd-looking loss that generalises: loss_func accepts targets given as lists or NumPy arrays (torch.as_tensor in the predictions' dtype and device), flattens both arguments (so (n, 1) against (n,) cannot broadcast to (n, n)), returns a 0-d zero for empty inputs instead of nan, and accumulates the mean of squares in float64 before casting back to the predictions' dtype (explicit dtype handling). On the spec's (n, 1) tensors it is exactly mean((y_pred - y_true) ** 2), a one-element tensor with gradient 2 (y_pred - y_true) / n: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    y_true = torch.as_tensor(y_true, dtype=y_pred.dtype, device=y_pred.device)
    diff = y_pred.reshape(-1) - y_true.reshape(-1)
    if diff.numel() == 0:          # no points: no error
        return diff.sum()
    return diff.to(torch.float64).pow(2).mean().to(y_pred.dtype)
''',
}
