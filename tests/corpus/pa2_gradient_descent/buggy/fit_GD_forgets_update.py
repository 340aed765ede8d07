"""fit_GD computes the loss and its gradient every epoch but never changes the parameters (the update lines are missing): it does not train, so it earns nothing, its well-formed return value included -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        weight.grad.zero_()
        bias.grad.zero_()
        history.append(loss.item())
    return np.array(history)
''',
}
