"""fit_GD keeps the parameters in a dict and calls the model with keywords, model(X, **params), updating them in a loop over params.items() into a pre-allocated np.zeros; fit_BGD shuffles the points ONCE with np.random.permutation before training (the same shuffled order every epoch), counts its batches as (n + batch_size - 1) // batch_size and averages the epoch's batch losses. Both are correct gradient descent: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    params = {"weight": torch.randn(1, requires_grad=True), "bias": torch.randn(1, requires_grad=True)}
    losses = np.zeros(num_epochs, dtype=np.float64)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, **params), Y)
        loss.backward()
        with torch.no_grad():
            for name, p in params.items():
                p -= lr * p.grad
                p.grad.zero_()
        losses[epoch] = loss.item()
    return losses
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    order = np.random.permutation(len(X))   # shuffle once; every epoch uses this order
    Xs, Ys = X[order], Y[order]
    weight = torch.rand(1).requires_grad_(True)
    bias = torch.rand(1).requires_grad_(True)
    n_batches = (len(X) + batch_size - 1) // batch_size
    losses = []
    for _ in range(num_epochs):
        epoch_sum = 0.0
        for k in range(n_batches):
            xb = Xs[k * batch_size:(k + 1) * batch_size]
            yb = Ys[k * batch_size:(k + 1) * batch_size]
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            epoch_sum += loss.item()
        losses.append(epoch_sum / n_batches)
    return np.array(losses)
''',
}
