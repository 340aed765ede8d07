"""MATLAB habits, correct: the model cell defines two helpers used by later answer cells, numel_rows(A) (MATLAB's size(A, 1)) and ceil_div(a, b), and writes the model with a column vector theta = [w; b]: torch.cat([data, torch.ones_like(data)], 1) @ torch.cat([weight, bias]).view(2, 1), shape (n, 1), differentiable in weight and bias. fit_GD counts epochs from 1 (for epoch in range(1, num_epochs + 1), storing into J[epoch - 1] of a preallocated np.zeros), so it still runs num_epochs epochs. fit_BGD loops k = 1..K with K = ceil_div(n, batch_size) and MATLAB-style bounds lo = (k - 1) * bs, hi = min(k * bs, n) (0-based slice X[lo:hi], last batch partial), one update per batch, epoch loss = mean of the batch losses. Every index shift is compensated; helpers defined in the earlier cell exist when later cells run: full marks everywhere."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def numel_rows(A):
    """MATLAB's size(A, 1)."""
    return A.shape[0]


def ceil_div(a, b):
    return -(-a // b)


def model(data, weight, bias):
    # theta = [w; b] as a column vector, design matrix [x 1], like A*theta in MATLAB
    A = torch.cat([data, torch.ones_like(data)], 1)
    theta = torch.cat([weight.reshape(1), bias.reshape(1)]).view(2, 1)
    return A @ theta
''',
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    w = torch.rand(1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    J = np.zeros(num_epochs)
    for epoch in range(1, num_epochs + 1):
        loss = loss_func(model(X, w, b), Y)
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
        J[epoch - 1] = loss.item()
    return J
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    w = torch.rand(1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    n = numel_rows(X)
    K = ceil_div(n, batch_size)
    J = np.zeros(num_epochs)
    for epoch in range(1, num_epochs + 1):
        Jk = np.zeros(K)
        for k in range(1, K + 1):
            lo = (k - 1) * batch_size
            hi = min(k * batch_size, n)
            loss = loss_func(model(X[lo:hi], w, b), Y[lo:hi])
            loss.backward()
            with torch.no_grad():
                w -= lr * w.grad
                b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
            Jk[k - 1] = loss.item()
        J[epoch - 1] = Jk.mean()
    return J
''',
}
