"""fit_BGD predicts all of X, then takes each batch's rows of the prediction for the loss: it trains on the batch, full marks."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5}

ANSWERS = {
    'fit_BGD_answer': '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, n, batch_size):
            stop = min(start + batch_size, n)
            pred = model(X, weight, bias)              # predict all points, use this batch's rows
            loss = loss_func(pred[start:stop], Y[start:stop])
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
}
