"""fit_GD adds a learning-rate decay the assignment did not ask for: the step of epoch t is lr / (1 + t) * gradient. The first update is right, the later ones too small; one update per epoch on all the data, losses logged before each update: returns 6, batches 8, update 0, loss 6 -> 20."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        step_size = lr / (1 + epoch)   # decay the step so it settles down
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= step_size * weight.grad
            bias -= step_size * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
