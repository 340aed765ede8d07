"""loss_func expands the square, mean((p - t)^2) = mean(p^2) - 2 mean(p t) + mean(t^2), and averages term by term
('three reductions instead of a temporary residual'). Mathematically this is the MSE, a 0-d tensor whose gradient
is 2 p / n - 2 t / n = 2 (p - t) / n. Numerically it is the naive formula: in float32 the three terms are of the
size of the squared VALUES and cancel, so the result carries an absolute error of about 1e-7 * mean(t^2). For the
notebook's data (|y| up to 30, MSE about 0.25) that is a relative error of about 7e-5 (measured), and a perfect
prediction gives exactly 0 (the three terms cancel exactly). Only for values of order 1e3 with small errors does it
drift visibly (t ~ 2000 with errors of 1: 0.75 instead of 1). The notebook asks for the mean squared error of (n, 1)
regression data and says nothing about large inputs; on the data it describes this is the MSE to float32 accuracy.
Predicted full marks (a grader probing huge values with tiny residuals may disagree: then both are defensible)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error, with the square expanded: mean(p^2) - 2 mean(p t) + mean(t^2)."""
    return torch.mean(y_pred ** 2) - 2 * torch.mean(y_pred * y_true) + torch.mean(y_true ** 2)
''',
}
