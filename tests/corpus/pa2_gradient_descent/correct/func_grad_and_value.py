"""Both fits get their gradients from torch.func.grad_and_value (functorch): the parameters are plain tensors without requires_grad, rebuilt functionally each step as w - lr * g_w; fit_GD fills a pre-allocated np.empty history, fit_BGD walks range(0, n, batch_size) slices and averages a running total over a batch count. Every update is -lr * the gradient of its batch, every logged loss the loss before its update: fully correct, full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
from torch.func import grad_and_value


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch GD with functorch: no .grad buffers to zero."""
    def objective(w, b):
        return loss_func(model(X, w, b), Y)

    step = grad_and_value(objective, argnums=(0, 1))
    w, b = torch.zeros(1), torch.zeros(1)
    history = np.empty(num_epochs)
    for epoch in range(num_epochs):
        (g_w, g_b), value = step(w, b)
        w, b = w - lr * g_w, b - lr * g_b
        history[epoch] = value.item()
    return history
''',
    "fit_BGD_answer": r'''
from torch.func import grad_and_value


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    step = grad_and_value(lambda w, b, xb, yb: loss_func(model(xb, w, b), yb), argnums=(0, 1))
    w, b = torch.zeros(1), torch.zeros(1)
    out = []
    for epoch in range(num_epochs):
        total, count = 0.0, 0
        for start in range(0, len(X), batch_size):
            (g_w, g_b), value = step(w, b, X[start:start + batch_size], Y[start:start + batch_size])
            w, b = w - lr * g_w, b - lr * g_b
            total += value.item()
            count += 1
        out.append(total / count)
    return np.array(out)
''',
}
