"""ONE slip in loss_func (torch.tensor on a tensor): the student read 'Return a one-element tensor ... so that
loss.backward() works' and wraps the result to be sure, torch.tensor(mse, dtype=torch.float32, requires_grad=True).
torch.tensor on a tensor makes a detached COPY (PyTorch warns); requires_grad=True makes that copy a NEW LEAF, so
loss.requires_grad is True (the notebook's self-check for that passes) and backward() runs, but the gradient stops
at the copy and never reaches y_pred (weight.grad and bias.grad stay None in a fit). The value is the MSE and it is a
one-element float tensor: value 6, tensor 2, gradient 0 -> 8 (like the corpus' loss_func_torch_tensor_of_row_errors,
but here the result even claims to require grad). The fits are judged with the grader's own loss: 30 each."""

EXPECTED = {"model": 10, "loss_func": 8, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    mse = torch.mean((y_pred - y_true) ** 2)
    # a float tensor that autograd tracks, so that loss.backward() works
    return torch.tensor(mse, dtype=torch.float32, requires_grad=True)
''',
}
