"""ONE slip in loss_func (a stable formula without its edge case): to keep large errors from overflowing when squared,
the student divides the residual by its largest absolute value (detached) and multiplies the mean back, s ** 2 *
mean((r / s) ** 2) -- the nrm2 trick of the corpus' correct/loss_func_overflow_safe_scaled -- but without the
guard for s == 0. For every prediction that is not perfect this is the MSE with gradient 2 r / n. For a PERFECT
prediction the residual is all zeros, s = 0, r / s = 0 / 0 = NaN, and the loss is NaN instead of 0 (the notebook's
first loss self-check, 'a perfect prediction should have zero loss', fails on it). The value is wrong on an input the
spec covers (the MSE of a perfect fit is 0): value 0; a one-element tensor that follows the predictions, 2; its
gradient is right wherever the loss is defined, 2 -> 4."""

EXPECTED = {"model": 10, "loss_func": 4, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error, scaled by the largest error first so that squaring cannot overflow."""
    residual = y_pred - y_true
    scale = residual.detach().abs().max()
    return scale ** 2 * torch.mean((residual / scale) ** 2)
''',
}
