"""loss_func uses torch.float_power, which always computes in double precision: torch.float_power(y_pred - y_true,
2).mean() squares the float32 residuals in float64 and averages them in float64, returning a 0-d float64 tensor
(the difference itself is taken in the inputs' precision). The value is the MSE (more precise, if anything), the
result is a one-element tensor connected to autograd, and the gradient reaching y_pred is 2 (y_pred - y_true) / n,
cast back to y_pred's float32. A float64 loss is fine for loss.backward() and loss.item() in the notebook's fits.
Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error, squared and averaged in double precision (torch.float_power works in float64)."""
    return torch.float_power(y_pred - y_true, 2).mean()
''',
}
