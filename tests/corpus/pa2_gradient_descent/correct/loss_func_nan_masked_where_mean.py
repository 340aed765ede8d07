"""loss_func skips missing targets, as in a data-cleaning lecture: observed = ~torch.isnan(y_true), the squared
errors are kept with torch.where(observed, (y_pred - y_true) ** 2, 0) and averaged over the number of observed
points, sq.sum() / observed.sum(). The notebook's targets never contain NaN, and then observed is all True: the value
is exactly the mean of the squared errors over all n points, a 0-d (one-element) float tensor, and torch.where passes
the gradient 2 (y_pred - y_true) / n through for every selected element. The notebook asks for nothing about NaN, so
the masking is an extra that changes nothing on the spec's inputs: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error over the observed (non-NaN) targets."""
    observed = ~torch.isnan(y_true)
    squared = torch.where(observed, (y_pred - y_true) ** 2, torch.zeros_like(y_pred))
    return squared.sum() / observed.sum()
''',
}
