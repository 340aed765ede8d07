"""junk: fit_GD (full batch) logs the honest loss, but each 'update' moves the parameters in a random direction of the gradient step's length: no descent -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        gw, gb = torch.autograd.grad(loss, [weight, bias])
        size = lr * torch.sqrt(gw ** 2 + gb ** 2)
        d = torch.randn(2)
        d = d / d.norm()
        with torch.no_grad():
            weight += size * d[0]
            bias += size * d[1]
        losses.append(loss.item())
    return np.array(losses)
''',
}
