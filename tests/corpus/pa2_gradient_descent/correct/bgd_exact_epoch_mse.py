"""fit_BGD reports the exact epoch MSE (per-sample squared errors summed over the epoch, divided by n, each taken before its batch's update), which differs from the mean of batch losses when the last batch is partial: as defensible as the mean, so full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    n = len(X)
    losses = []
    for epoch in range(num_epochs):
        squared_sum = 0.0
        for start in range(0, n, batch_size):
            xb, yb = X[start:start + batch_size], Y[start:start + batch_size]
            loss = loss_func(model(xb, weight, bias), yb)
            squared_sum += loss.item() * len(xb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
        losses.append(squared_sum / n)
    return np.array(losses)
''',
}
