"""junk (matches the properties a self-check tests, not the definition): loss_func returns the MEDIAN of the squared
errors, ((y_pred - y_true) ** 2).median(). It is 0 for a perfect prediction, a one-element tensor, multiplied by 4
when every error doubles, unchanged when the data are repeated, and differentiable: the notebook's loss
self-check passes on every line. But it is not the mean of the squared errors, and its gradient reaches one
prediction only. The other parts are honest (the reference); the fits in the notebook train with the median loss
through their argument, and are judged with the grader's MSE: 30 each. loss_func earns only what is honestly
there: value 0, gradient 0, and the one-element tensor that follows the predictions, 2."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Squared-error loss between predictions and targets."""
    return ((y_pred - y_true) ** 2).median()
''',
}
