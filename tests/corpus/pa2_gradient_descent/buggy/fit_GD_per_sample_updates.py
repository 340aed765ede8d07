"""fit_GD updates after every single point (stochastic, not full-batch) and reports the mean of those per-point losses: batches 0 (one update per epoch on all the data was asked for); returns, update (each step is a correct step on its own batch) and loss (the mean of the losses it computed) hold -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 22, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        epoch_loss = 0.0
        for i in range(len(X)):
            loss = loss_func(model(X[i:i + 1], weight, bias), Y[i:i + 1])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            epoch_loss += loss.item()
        losses.append(epoch_loss / len(X))
    return np.array(losses)
''',
}
