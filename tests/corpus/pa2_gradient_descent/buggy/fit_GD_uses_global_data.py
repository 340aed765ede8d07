"""fit_GD trains on global copies of the notebook data (x_train, y_train = X, Y at the top of the cell) instead of its X, Y arguments. It does not train on the data it was given, so it earns nothing: batches, update and loss cannot be checked on the given data, and its returned losses are not those of gradient descent on that data (returns 0) -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
# keep a copy of the training data
x_train, y_train = X, Y

def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(x_train, weight, bias), y_train)
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
