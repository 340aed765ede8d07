"""NumPy in the middle, converted back where no gradient is needed: fit_BGD computes its batch sizes and bounds in NumPy (sizes = np.full(K, batch_size) with the last entry set to the remainder, bounds = cumsum), draws a fresh order every epoch from a NumPy Generator (np.random.default_rng(0).permutation(n)), turns it into an index tensor with torch.from_numpy, and slices that order between consecutive bounds (numpy ints used as slice ends); every point once per epoch in batches of batch_size, the last one partial. Batch losses are gathered with np.fromiter and averaged. fit_GD keeps its history in np.empty(num_epochs), filled with history[epoch] = loss.detach().numpy() (a 0-d array) before the update. Gradients always go through the given model and loss on tensors: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = np.empty(num_epochs)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        history[epoch] = loss.detach().numpy()
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
    return history
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    K = -(-n // batch_size)
    sizes = np.full(K, batch_size)
    sizes[-1] = n - batch_size * (K - 1)          # the last batch keeps what is left
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    rng = np.random.default_rng(0)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = np.empty(num_epochs)
    for epoch in range(num_epochs):
        order = torch.from_numpy(rng.permutation(n))
        batch_losses = []
        for lo, hi in zip(bounds[:-1], bounds[1:]):
            rows = order[lo:hi]
            loss = loss_func(model(X[rows], weight, bias), Y[rows])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        history[epoch] = np.fromiter(batch_losses, dtype=float).mean()
    return history
''',
}
