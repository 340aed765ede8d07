"""Two slips, the second making a later part call the buggy earlier one. (1) loss_func sums the squared errors,
torch.sum((y_pred - y_true) ** 2): value 0, tensor 2, gradient 0 -> 2. (2) fit_GD's def line names its loss
parameter loss_fn (the PyTorch tutorials' name; the notebook calls fit_GD positionally, so nothing breaks), but
the body calls loss_func, which inside fit_GD is the notebook's GLOBAL loss_func, the student's sum. So fit_GD never
calls the loss it is given; it trains and logs with the sum of squares: every step is n times -lr * gradient of the
MSE (diverging for the grader's learning rates) and every logged loss is n times the MSE. fit_GD's own fault is
using the global instead of its argument, and it really changes what fit_GD does (with a correct global loss it
would go unnoticed): returns 6, batches 8, update 0, loss 0 -> 14. The message should say fit_GD did not use the
loss_func it was given (the loss calls never reached it), not only that the step is 'n times too far; use the lr
argument' (lr is used correctly). fit_BGD (the reference, calling its loss_func argument) keeps 30."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 14, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Squared error between predictions and targets."""
    return torch.sum((y_pred - y_true) ** 2)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_fn, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
