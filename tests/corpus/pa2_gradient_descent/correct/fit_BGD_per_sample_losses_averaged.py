"""fit_BGD computes each batch's loss as the mean of per-sample losses,
torch.stack([loss_func(model(xi, w, b), yi) for xi, yi in zip(xb, yb)]).mean(), which is exactly the
batch MSE, then makes ONE update per batch (torch.split batches, last one partial); epoch loss = mean
of the batch losses. Every update is -lr * gradient of its batch; expected full marks."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5, 'discussion': None}

ANSWERS = {
    'fit_BGD_answer': r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(X.split(batch_size), Y.split(batch_size)):
            loss = torch.stack([loss_func(model(xi, weight, bias), yi) for xi, yi in zip(xb, yb)]).mean()
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
