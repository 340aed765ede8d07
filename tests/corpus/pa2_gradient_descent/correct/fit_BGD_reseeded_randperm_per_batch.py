"""fit_BGD draws torch.randperm(n) anew for EVERY batch, but reseeds torch.manual_seed(1000 + epoch) right before each draw, so within an epoch every batch slices the same permutation: batch k takes positions k*batch_size ... of one fixed order, every point exactly once per epoch (last batch partial), and the order changes from epoch to epoch. Wasteful but correct mini-batch GD with a new shuffle each epoch: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    num_batches = (n + batch_size - 1) // batch_size
    losses = []
    for epoch in range(num_epochs):
        total = 0.0
        for k in range(num_batches):
            torch.manual_seed(1000 + epoch)          # same permutation for the whole epoch
            idx = torch.randperm(n)[k * batch_size:(k + 1) * batch_size]
            loss = loss_func(model(X[idx], weight, bias), Y[idx])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad = None
            bias.grad = None
            total += loss.item()
        losses.append(total / num_batches)
    return np.array(losses)
''',
}
