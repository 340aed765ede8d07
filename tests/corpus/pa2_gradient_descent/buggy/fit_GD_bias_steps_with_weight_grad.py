"""fit_GD has a copy-paste slip in the update: bias -= lr * weight.grad (the weight's gradient, not the bias's). The weight steps right, the bias by the wrong gradient; one full-data update per epoch, losses logged before each update, grads zeroed: returns 6, batches 8, update 0, loss 6 -> 20. The message should say the bias moved by the wrong amount."""

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
            bias -= lr * weight.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
