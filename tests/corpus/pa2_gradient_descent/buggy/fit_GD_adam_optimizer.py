"""fit_GD steps with torch.optim.Adam at the given lr instead of plain gradient descent: an honest slip, the update only."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 20, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5}

ANSWERS = {
    'fit_GD_answer': '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    optimizer = torch.optim.Adam([weight, bias], lr=lr)
    losses = []
    for _ in range(num_epochs):
        optimizer.zero_grad()
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return np.array(losses)
''',
}
