"""Type slip (torch.tensor of a list of tensors): loss_func collects the squared error of every row in a Python list
and turns it into a tensor with torch.tensor([...]), then takes its .mean(). torch.tensor copies the NUMBERS into a new
leaf tensor (PyTorch only warns 'Converting a tensor with requires_grad=True to a scalar'), so the returned MSE has the
right value and is a one-element float tensor, but it is cut off from y_pred: loss.backward() raises 'element 0 of
tensors does not require grad'. Value 6, one-element tensor 2, gradient 0 -> 8 (like the corpus'
loss_returns_python_float loses its gradient). The fits are graded with the grader's own loss: nothing else changes."""

EXPECTED = {"model": 10, "loss_func": 8, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error: the squared error of every row, averaged."""
    errors = [(p - t) ** 2 for p, t in zip(y_pred.reshape(-1), y_true.reshape(-1))]
    return torch.tensor(errors).mean()
''',
}
