"""fit_BGD predicts all of X once per batch and passes the batch's rows to loss_func with the arguments in the order (targets, predictions); the MSE is symmetric, so loss_func(Y[idx], pred[idx]) is the same loss and gradient. It trains on each batch exactly like the reference (the corpus accepts full-prediction slicing in bgd_slices_a_full_prediction). fit_GD also calls loss_func(Y, pred). Full marks."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5, 'discussion': None}

ANSWERS = {
    'fit_GD_answer': '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(Y, model(X, weight, bias))
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
    'fit_BGD_answer': '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, n, batch_size):
            idx = slice(start, start + batch_size)
            pred = model(X, weight, bias)
            loss = loss_func(Y[idx], pred[idx])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
    'discussion': '''
Mini-batch gradient descent is preferable for large data sets: each update only needs batch_size examples, so it is cheap and fits in memory, and an epoch makes many updates instead of one. The price is noisy gradient estimates, so the loss wobbles; full-batch GD is fine for small data like this.
''',
}
