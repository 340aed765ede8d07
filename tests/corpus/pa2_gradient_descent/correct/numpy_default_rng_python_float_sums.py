"""NumPy randomness and plain Python numbers: fit_GD and fit_BGD start from rng = np.random.default_rng() (unseeded,
so every call differs, which the notebook allows: 'initialise the parameters however you like'); the initial weight
and bias are rng.uniform(-1, 1) turned into tensors of X's dtype with requires_grad=True. fit_BGD draws
rng.permutation(n) every epoch, turns it into an index tensor with torch.from_numpy, and walks it with an INTEGER
counter `start` in a while loop (start < n, so the last batch is the partial one), counting its batches in an int and
summing the batch losses in a Python float; the epoch loss is total / count, the mean of its batch losses. Every update
is -lr * the gradient of its batch, gradients are zeroed after each step, losses logged before the updates and returned
as np.asarray(..., dtype=float). Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    rng = np.random.default_rng()
    weight = torch.tensor([rng.uniform(-1, 1)], dtype=X.dtype, requires_grad=True)
    bias = torch.tensor([rng.uniform(-1, 1)], dtype=X.dtype, requires_grad=True)
    history = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        history.append(float(loss.item()))
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
    return np.asarray(history, dtype=float)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    rng = np.random.default_rng()
    weight = torch.tensor([rng.uniform(-1, 1)], dtype=X.dtype, requires_grad=True)
    bias = torch.tensor([rng.uniform(-1, 1)], dtype=X.dtype, requires_grad=True)
    n = int(X.shape[0])
    epoch_losses = []
    for epoch in range(num_epochs):
        order = torch.from_numpy(rng.permutation(n))
        total, count = 0.0, 0
        start = 0
        while start < n:
            rows = order[start:start + batch_size]
            loss = loss_func(model(X[rows], weight, bias), Y[rows])
            total += loss.item()
            count += 1
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
                weight.grad.zero_()
                bias.grad.zero_()
            start += batch_size
        epoch_losses.append(total / count)
    return np.asarray(epoch_losses, dtype=float)
''',
}
