"""Slow but right: model and loss_func are explicit Python loops over the rows. model makes one prediction
weight * data[i] + bias (shape (1,)) per row and torch.stack-s them into (n, 1); loss_func adds up the squared
differences one row at a time in a 0-d tensor started with y_pred.new_zeros(()) and divides by the INTEGER
y_pred.numel(). Both stay tensor expressions, so autograd differentiates them (the gradients of sum(model) are
sum(data) and n, the loss's gradient is 2 r / n), and the values are exactly the line and the MSE for any n (a
single row included). For the sizes of this assignment (hundreds of points) the loops cost milliseconds per call:
the notebook runs in a few seconds. The fits and plots are the reference's. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    """Linear model, one row at a time."""
    rows = []
    for i in range(data.shape[0]):
        rows.append(weight * data[i] + bias)  # shape (1,)
    return torch.stack(rows)  # (n, 1)
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error, summed row by row."""
    total = y_pred.new_zeros(())
    for p, t in zip(y_pred.reshape(-1), y_true.reshape(-1)):
        total = total + (p - t) ** 2
    return total / y_pred.numel()
''',
}
