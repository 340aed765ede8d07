"""Correct code with assertions on every shape (all of them hold for every input the docstrings allow): model
asserts data is (n, 1) and weight, bias have one element, computes torch.addcmul(bias, data, weight) (bias + data
* weight, broadcast to (n, 1)) and asserts the output has the shape of data; loss_func asserts the two shapes are
equal before subtracting and that the result has one element; fit_BGD walks the data with a while loop and an
explicit stop = min(start + batch_size, n) (last batch partial; batch_size >= n is one batch; one point per batch
for batch_size 1, kept as shape (1, 1) by slicing), asserts each batch is non-empty and that every epoch saw all
n points, and reports the EXACT epoch MSE (batch losses weighted by their sizes, summed, divided by n), which the
notebook accepts; it asserts the result has shape (num_epochs,). fit_GD and the plots are the reference. Full
marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    assert data.dim() == 2 and data.shape[1] == 1, f"data should be (n, 1), got {tuple(data.shape)}"
    assert weight.numel() == 1 and bias.numel() == 1, "weight and bias should have one element each"
    out = torch.addcmul(bias, data, weight)  # bias + data * weight
    assert out.shape == data.shape, (tuple(out.shape), tuple(data.shape))
    return out
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    assert y_pred.shape == y_true.shape, f"shapes differ: {tuple(y_pred.shape)} vs {tuple(y_true.shape)}"
    out = ((y_pred - y_true) ** 2).mean()
    assert out.numel() == 1
    return out
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent; reports the exact epoch MSE (batch losses weighted by batch size)."""
    n = X.shape[0]
    assert Y.shape[0] == n, "X and Y need the same number of rows"
    assert batch_size >= 1
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    for _ in range(num_epochs):
        total, seen, start = 0.0, 0, 0
        while start < n:
            stop = min(start + batch_size, n)
            x_batch, y_batch = X[start:stop], Y[start:stop]
            assert x_batch.shape[0] == y_batch.shape[0] == stop - start > 0
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            total += loss.item() * (stop - start)
            seen += stop - start
            start = stop
        assert seen == n, f"an epoch should see all {n} points, saw {seen}"
        history.append(total / n)
    result = np.array(history, dtype=float)
    assert result.shape == (num_epochs,)
    return result
''',
}
