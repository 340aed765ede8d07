"""fit_GD works on flattened 1-D views, x, y = X.view(-1), Y.view(-1) (the model's line and the MSE are the same on a flat column), and logs float(loss). fit_BGD uses while loops with manual counters over views of a fresh torch.randperm each epoch (order[start:start + batch_size], last batch partial) and reports the EXACT epoch MSE, accumulated in a 0-d tensor as loss.detach() * batch size and divided by n before .item() (accepted by the README). Updates in a loop over (weight, bias) under no_grad. Fully correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    x, y = X.view(-1), Y.view(-1)       # one flat column is enough for a line
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(x, weight, bias), y)
        losses.append(float(loss))
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad = None
        bias.grad = None
    return np.array(losses)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = X.shape[0]
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    out = []
    epoch = 0
    while epoch < num_epochs:
        order = torch.randperm(n)
        squared_errors = torch.zeros(())
        start = 0
        while start < n:
            idx = order[start:start + batch_size]          # a view of this epoch's permutation
            loss = loss_func(model(X[idx], weight, bias), Y[idx])
            squared_errors += loss.detach() * len(idx)     # the batch's summed squared errors
            loss.backward()
            with torch.no_grad():
                for p in (weight, bias):
                    p -= lr * p.grad
                    p.grad.zero_()
            start += batch_size
        out.append((squared_errors / n).item())            # exact epoch MSE
        epoch += 1
    return np.asarray(out, dtype=np.float64)
''',
}
