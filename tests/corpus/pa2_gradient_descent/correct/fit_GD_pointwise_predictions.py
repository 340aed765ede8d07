"""fit_GD builds the predictions point by point, preds = torch.cat([model(X[i:i+1], weight,
bias) for i in range(n)]), then takes ONE loss on all of them and makes ONE update per epoch: the
prediction, loss, gradient and step are exactly those of full-batch GD (only slower). The model is
called with one row at a time, but every update is -lr * gradient of the MSE over all the data and
the logged loss is the loss before the update. Expected full marks (README: extra forward passes are
not updates; updates are judged from the parameters' history)."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5, 'discussion': None}

ANSWERS = {
    'fit_GD_answer': r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        preds = torch.cat([model(X[i:i + 1], weight, bias) for i in range(len(X))])
        loss = loss_func(preds, Y)
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
