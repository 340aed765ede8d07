"""fit_BGD computes the number of batches as len(X) / batch_size (true division) and divides the epoch's summed batch losses by it. That is the number of batches only when batch_size divides n; with a partial last batch it is smaller than the real count K = ceil(n / batch_size) (30 points in batches of 7: 4.29 instead of 5), so the epoch loss is too large. Training is right (torch.split batches, one correct step per batch): returns 6, batches 8, update 10, loss 0 -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    num_batches = n / batch_size          # number of batches per epoch
    losses = []
    for _ in range(num_epochs):
        total = 0.0
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            total += loss.item()
        losses.append(total / num_batches)
    return np.array(losses)
''',
}
