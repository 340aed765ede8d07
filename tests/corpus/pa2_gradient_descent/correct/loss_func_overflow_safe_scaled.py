"""loss_func guards against overflow the way BLAS's nrm2 does: the residual is divided by its largest absolute value
(taken DETACHED, so it is a constant scale for autograd) before squaring, and the mean of the scaled squares is
multiplied back as scale * (scale * mean), so that no intermediate square overflows float32 unless the MSE itself
does. A residual that is all zeros (a perfect prediction) or not finite takes the plain torch.mean(r ** 2) branch.
Mathematically the value is mean(r**2) exactly, and with the scale constant the gradient is scale**2 * 2(r/scale)
/ scale / n = 2 r / n; numerically both agree with the plain MSE to a few roundings. Correct for every input the
spec allows (and more robust for huge errors): full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error, scaled by the largest error first so that squaring cannot overflow."""
    residual = y_pred - y_true
    scale = residual.detach().abs().max()      # a constant for autograd
    if not torch.isfinite(scale) or scale == 0:
        return torch.mean(residual ** 2)
    return scale * (scale * torch.mean((residual / scale) ** 2))
''',
}
