"""junk: fit_GD logs honest losses but moves weight and bias by a fixed 0.01 every epoch, no gradient: nothing."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 0, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5}

ANSWERS = {
    'fit_GD_answer': '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        losses.append(loss.item())
        with torch.no_grad():
            weight += 0.01   # nudge, no gradient at all
            bias -= 0.01
    return np.array(losses)
''',
}
