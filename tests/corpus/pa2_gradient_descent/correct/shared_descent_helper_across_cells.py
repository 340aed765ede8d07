"""The fit_GD cell defines ONE general helper, _descend(model, loss_func, X, Y, lr, num_epochs, batch_size=None), where batch_size=None means the whole data set, and fit_GD simply returns _descend(...); the fit_BGD cell (run later) returns _descend(..., batch_size=batch_size). The helper walks range(0, n, size) with min() ends, updates both parameters in a loop under no_grad, and reports np.mean of the epoch's batch losses (one loss per epoch for full batch). Both fits are exactly gradient descent as asked: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def _descend(model, loss_func, X, Y, lr, num_epochs, batch_size=None):
    """Gradient descent on the line; batch_size=None means the whole data set (full batch)."""
    n = len(X)
    size = n if batch_size is None else batch_size
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    curve = []
    for _ in range(num_epochs):
        losses = []
        for start in range(0, n, size):
            stop = min(start + size, n)
            loss = loss_func(model(X[start:stop], weight, bias), Y[start:stop])
            loss.backward()
            with torch.no_grad():
                for p in (weight, bias):
                    p -= lr * p.grad
                    p.grad.zero_()
            losses.append(loss.item())
        curve.append(np.mean(losses))
    return np.array(curve)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    return _descend(model, loss_func, X, Y, lr, num_epochs)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    # The same loop as fit_GD (see _descend in the fit_GD cell), with one update per batch.
    return _descend(model, loss_func, X, Y, lr, num_epochs, batch_size=batch_size)
''',
}
