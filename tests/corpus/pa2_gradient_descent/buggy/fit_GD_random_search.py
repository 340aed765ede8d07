"""junk: fit_GD logs the honest loss of parameters it draws at random every epoch (a random search, no gradient): nothing."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 0, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5}

ANSWERS = {
    'fit_GD_answer': '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        losses.append(loss.item())
        with torch.no_grad():
            weight.copy_(3 * torch.randn(1))   # try somewhere else
            bias.copy_(torch.randn(1))
    return np.array(losses)
''',
}
