"""fit_GD trains exactly like the reference, but every epoch, before the update, it also
prints the predictions for the first three points (model(X[:3], weight, bias), called with autograd
on and detached for printing). That extra forward pass is not an update (README: extra forward
passes are not updates; updates are judged from the parameters' history): full marks."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5, 'discussion': None}

ANSWERS = {
    'fit_GD_answer': r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        sample = model(X[:3], weight, bias).detach().view(-1)
        print(f"epoch {epoch + 1}: loss {loss.item():.4f}, first predictions {sample.tolist()}")
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
