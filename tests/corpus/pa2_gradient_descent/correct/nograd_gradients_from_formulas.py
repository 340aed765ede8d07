"""both fits run entirely under torch.no_grad with the gradients from the formulas: full marks (the last update, which no forward pass follows, counts as for an autograd loop)."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5}

ANSWERS = {
    'fit_GD_answer': '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1)
    bias = torch.rand(1)
    losses = np.empty(num_epochs)
    with torch.no_grad():  # gradients by the formulas, no autograd needed
        for epoch in range(num_epochs):
            pred = model(X, weight, bias)
            losses[epoch] = loss_func(pred, Y).item()
            r = pred - Y
            weight -= lr * 2 * (r * X).mean(dim=0)
            bias -= lr * 2 * r.mean(dim=0)
    return losses
''',
    'fit_BGD_answer': '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1)
    bias = torch.rand(1)
    losses = np.empty(num_epochs)
    with torch.no_grad():
        for epoch in range(num_epochs):
            batch_losses = []
            for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
                pred = model(xb, weight, bias)
                batch_losses.append(loss_func(pred, yb).item())
                r = pred - yb
                weight -= lr * 2 * (r * xb).mean(dim=0)
                bias -= lr * 2 * r.mean(dim=0)
            losses[epoch] = np.mean(batch_losses)
    return losses
''',
}
