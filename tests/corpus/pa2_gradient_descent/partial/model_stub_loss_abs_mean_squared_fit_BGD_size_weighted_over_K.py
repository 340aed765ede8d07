"""Weak notebook, three parts wrong, the rest depending on them. (1) model is still the template stub (raise
NotImplementedError()): model 0. (2) loss_func squares the mean absolute error, torch.mean(torch.abs(y_pred -
y_true)) ** 2, instead of averaging the squares: a one-element tensor that follows the predictions (tensor 2),
value 0, gradient 0 -> 2. (3) fit_BGD trains right (torch.split, last batch partial, one update per batch, grads
zeroed) but records each batch loss times its batch size, loss.item() * len(x_batch), and divides the epoch's sum by
the number of batches: neither the mean of the batch losses nor the exact epoch MSE -> returns 6, batches 8,
update 10, loss 0 = 24. fit_GD and both plot cells are the reference. In the student's notebook the run cells fail
(the fits call the stub model), so loss_GD and loss_BGD never exist and both plot cells raise NameError; the fits
are judged with the grader's model and loss and the plots on the grader's values: fit_GD 30, plot_GD 5,
plot_BGD 5. Each part's message must name its own fault (fit_BGD: its epoch loss), not the stub model."""

EXPECTED = {"model": 0, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias.

    Args:
        data: tensor of shape (n, 1).
        weight: tensor of shape (1,).
        bias: tensor of shape (1,).

    Returns:
        Tensor of shape (n, 1) with the predictions.
    """
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    return torch.mean(torch.abs(y_pred - y_true)) ** 2
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
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item() * len(x_batch))  # weight each batch by its size
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
