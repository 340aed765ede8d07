"""fit_BGD reports the loss of the epoch's last batch instead of the mean of its batch losses: returns 6, batches 8, update 10, loss 0 -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    n = X.shape[0]
    losses = []
    for epoch in range(num_epochs):
        for i in range(0, n, batch_size):
            loss = loss_func(model(X[i:i + batch_size], weight, bias), Y[i:i + batch_size])
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
