"""Slip in a helper the later parts call (a forgotten square): loss_func writes the MSE as 'the squared norm of the
residual over n' but forgets the square, torch.linalg.vector_norm(y_pred - y_true) / y_pred.numel(), i.e.
sqrt(sum r^2) / n = RMSE / sqrt(n). A one-element tensor that follows the predictions (tensor 2), but the value
(0) and the gradient r / (n ||r||) instead of 2 r / n (0) are wrong -> 2. In the notebook both fits (the
reference) train with this loss through their loss_func argument; they are judged with the grader's loss and
keep 30, the plots 5."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error: the squared length of the residual vector, divided by n."""
    return torch.linalg.vector_norm(y_pred - y_true) / y_pred.numel()
''',
}
