"""Slip (a global instead of the argument) in a helper the later parts call: loss_func subtracts the notebook's
global targets, torch.mean((y_pred - Y) ** 2), instead of its y_true argument. For predictions of the notebook's
200 points it happens to be right (the full-batch run works), but for any other number of predictions the
shapes do not broadcast: the self-check (8 points) and the notebook's mini-batch run (batches of 10) raise
RuntimeError ('The size of tensor a (8) must match the size of tensor b (200)'). Every call the grader makes with
other data raises too: loss_func 0, and its message should quote the size mismatch. The fits are the reference
and judged with the grader's own loss: 30 each."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    return torch.mean((y_pred - Y) ** 2)
''',
}
