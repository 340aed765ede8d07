"""fit_GD's losses.append(loss.item()) is dedented one level, after the epoch loop: training is right (one full-data step per epoch, grads zeroed) but the returned array holds ONE loss (the last epoch's) instead of num_epochs. Returns 0 (wrong length), batches 8, update 10, loss 0 (the epoch losses are not reported) -> 18."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 18, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

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
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
    losses.append(loss.item())
    return np.array(losses)
''',
}
