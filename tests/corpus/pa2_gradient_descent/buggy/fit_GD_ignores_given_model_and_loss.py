"""fit_GD inlines its own prediction and MSE instead of calling the model and loss_func arguments: the steps cannot be observed (batches, update, loss 0), but its returned losses are exactly those of gradient descent on the data and learning rate it was given from some start, so returns (6) is earned -> 6."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 6, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        pred = weight * X + bias
        loss = ((pred - Y) ** 2).mean()
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
