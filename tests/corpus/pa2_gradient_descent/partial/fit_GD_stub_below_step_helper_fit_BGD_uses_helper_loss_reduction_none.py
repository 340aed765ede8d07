"""Unfinished Part 3 whose cell still feeds Part 5, plus a loss slip. (1) The fit_GD cell starts with a helper the
student wrote first, descend(params, lr) (under no_grad: p -= lr * p.grad, then p.grad.zero_(), for each
parameter), and below it the untouched template of fit_GD (docstring, # YOUR CODE HERE, raise
NotImplementedError()): fit_GD 0, 'not written yet'. (2) fit_BGD, done later, uses descend for every batch
(torch.split, last partial, loss before the step, mean of the batch losses per epoch): right, 30, although the
cell it depends on is unfinished. (3) loss_func uses F.mse_loss(y_pred, y_true, reduction='none'), which returns
the n squared errors, not their mean: value 0, not a one-element tensor 0, gradient 0 -> 0. plot_GD (the
reference) draws loss_GD, which the notebook never makes (run_GD raises NotImplementedError): it is judged on the
grader's values, 5. In the notebook run_BGD also fails (backward() of the non-scalar loss); plot_BGD is judged on
the grader's values, 5."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    return F.mse_loss(y_pred, y_true, reduction="none")
''',
    "fit_GD_answer": '''
def descend(params, lr):
    """One gradient step on every parameter, then clear its gradient."""
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
            p.grad.zero_()


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Fit weight and bias by full-batch gradient descent.

    Args:
        model: function (data, weight, bias) -> predictions.
        loss_func: function (y_pred, y_true) -> scalar loss tensor.
        X: inputs, tensor of shape (n, 1).
        Y: targets, tensor of shape (n, 1).
        lr: learning rate (float).
        num_epochs: number of epochs; each epoch makes exactly one update.

    Returns:
        NumPy array of shape (num_epochs,): the loss of each epoch, before its update.
    """
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            descend([weight, bias], lr)
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
