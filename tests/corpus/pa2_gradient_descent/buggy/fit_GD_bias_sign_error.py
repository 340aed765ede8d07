"""Slip (sign error on one line): fit_GD updates the weight correctly but writes bias += lr * bias.grad (a plus for the bias only). The bias climbs its gradient while the weight descends. One full-data update per epoch, grads zeroed, losses logged before each update: returns 6, batches 8, update 0 (the bias steps uphill), loss 6 -> 20. The message should say the bias moves the wrong way."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias += lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
