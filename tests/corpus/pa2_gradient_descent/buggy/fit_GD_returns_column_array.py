"""fit_GD returns np.array(losses).reshape(-1, 1), shape (num_epochs, 1) instead of (num_epochs,) as the docstring asks (the notebook's own self-check asserts shape (4,) and fails). Return-value criterion lost only: returns 0, batches 8, update 10, loss 6 -> 24."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 24, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5, 'discussion': None}

ANSWERS = {
    'fit_GD_answer': '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
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
    return np.array(losses).reshape(-1, 1)
''',
}
