"""fit_GD ignores num_epochs and always runs 20 epochs: wrong length (returns 0), wrong number of steps (batches 0), each step is still right (update 10), epoch losses cannot line up (loss 0) -> 10."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 10, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(20):
        loss = loss_func(model(X, weight, bias), Y)
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
