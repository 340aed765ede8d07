"""ADVANCED: fit_GD updates both parameters in one fused call, torch._foreach_add_([weight, bias], [weight.grad, bias.grad], alpha=-lr) under no_grad, and resets the grads with torch._foreach_zero_; fit_BGD cuts np.arange(n) at the multiples of batch_size with np.array_split(idx, range(batch_size, n, batch_size)) (unequal pieces, last partial), indexes X and Y with torch.from_numpy of each piece, and writes each epoch loss into a pre-allocated float64 tensor that is returned as .numpy(). Exactly gradient descent: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    params = [torch.rand(1, requires_grad=True), torch.rand(1, requires_grad=True)]
    out = []
    for _ in range(num_epochs):
        (loss := loss_func(model(X, *params), Y)).backward()
        with torch.no_grad():
            torch._foreach_add_(params, [p.grad for p in params], alpha=-lr)
            torch._foreach_zero_([p.grad for p in params])
        out.append(loss.item())
    return np.array(out)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight, bias = (torch.rand(1, requires_grad=True) for _ in range(2))
    n = len(X)
    pieces = np.array_split(np.arange(n), range(batch_size, n, batch_size))
    history = torch.zeros(num_epochs, dtype=torch.float64)
    for epoch in range(num_epochs):
        total = 0.0
        for rows in map(torch.from_numpy, pieces):
            loss = loss_func(model(X[rows], weight, bias), Y[rows])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad = bias.grad = None
            total += loss.item()
        history[epoch] = total / len(pieces)
    return history.numpy()
''',
}
