"""Both fits call the model and the loss they are given only through functools.partial objects and keyword
arguments: predict = functools.partial(model, weight=weight, bias=bias) and then predict(data=x); the loss as
loss_func(y_true=y, y_pred=...) (keywords in the other order) or through functools.partial(loss_func, y_true=Y).
The partial holds the parameter tensors themselves, which are updated in place (p.sub_(p.grad, alpha=lr) under
no_grad, then p.grad = None), so every call sees the current values. fit_GD starts from |randn| and 0, records
float(loss) before the step, and returns np.asarray(..., dtype=np.float64); fit_BGD walks range(0, n, batch_size)
with min() ends (last batch partial), resets both grads to None with a chained assignment before each backward,
and averages a running total by a batch counter. The signatures (data, weight, bias) and (y_pred, y_true) are the
documented ones, so the keywords work with any model and loss the spec allows: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
import functools


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent; returns the loss of each epoch before its update."""
    weight = torch.randn(1).abs_().requires_grad_()
    bias = torch.zeros(1).requires_grad_()
    predict = functools.partial(model, weight=weight, bias=bias)
    objective = functools.partial(loss_func, y_true=Y)
    losses = []
    for _ in range(num_epochs):
        loss = objective(y_pred=predict(data=X))
        loss.backward()
        with torch.no_grad():
            for p in (weight, bias):
                p.sub_(p.grad, alpha=lr)
                p.grad = None
        losses.append(float(loss))
    return np.asarray(losses, dtype=np.float64)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent; returns the mean batch loss of each epoch."""
    weight = torch.randn(1).requires_grad_()
    bias = torch.randn(1).requires_grad_()
    predict = functools.partial(model, bias=bias, weight=weight)
    n = X.shape[0]
    history = []
    for _ in range(num_epochs):
        total, count = 0.0, 0
        for start in range(0, n, batch_size):
            stop = min(start + batch_size, n)
            loss = loss_func(y_true=Y[start:stop], y_pred=predict(data=X[start:stop]))
            weight.grad = bias.grad = None
            loss.backward()
            with torch.no_grad():
                weight.sub_(lr * weight.grad)
                bias.sub_(lr * bias.grad)
            total += loss.item()
            count += 1
        history.append(total / count)
    return np.array(history)
''',
}
