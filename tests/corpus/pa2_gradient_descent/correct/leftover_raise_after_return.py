"""The template's lines were not all deleted: in loss_func and fit_GD the code was written ABOVE the template's `raise NotImplementedError()`, which stays as the function's last line after the return statement (unreachable), and the `# YOUR CODE HERE` comments are still there. A return always comes first, so nothing raises: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    # YOUR CODE HERE
    return torch.mean((y_pred - y_true) ** 2)
    raise NotImplementedError()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Fit weight and bias by full-batch gradient descent."""
    # YOUR CODE HERE
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
    raise NotImplementedError()
''',
}
