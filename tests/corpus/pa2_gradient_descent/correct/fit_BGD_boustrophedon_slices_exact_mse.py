"""fit_BGD builds its batches with a small generator of slice objects (range(0, n, batch_size), last one partial)
and visits them forwards in even epochs and BACKWARDS in odd epochs ("zig-zag", to undo the bias of the sorted
X): the notebook says visiting the batches in another order each epoch is fine, every point is still used once
per epoch and every batch makes one update -lr * gradient of its own loss. The epoch loss is the EXACT epoch MSE
(each batch loss weighted by its size, accumulated in a Python float, divided by n), which the spec accepts.
Parameters zero-initialised, updates with torch.no_grad() and grad = None. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def batch_slices(n, batch_size, backwards=False):
    starts = list(range(0, n, batch_size))
    if backwards:
        starts.reverse()
    for start in starts:
        yield slice(start, min(start + batch_size, n))


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = X.shape[0]
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    history = []
    for epoch in range(num_epochs):
        total_sq_error = 0.0
        for s in batch_slices(n, batch_size, backwards=(epoch % 2 == 1)):
            xb, yb = X[s], Y[s]
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad = None
            bias.grad = None
            total_sq_error += loss.item() * len(xb)
        history.append(total_sq_error / n)
    return np.array(history)
''',
}
