"""ADVANCED Python: loss_func uses the identity mean(r^2) = Var(r) + mean(r)^2 (torch.var with correction=0, plus the squared mean), which is the MSE with the same gradient 2 r / n. fit_GD is a functools.reduce over range(num_epochs) of a step function on a state tuple (weight, bias, losses), gradients from torch.autograd.grad, new leaves made with .detach().requires_grad_(). fit_BGD cuts the row indices into batches with an itertools.islice generator (walrus operator in the while test; last batch partial), dispatches on the batch with a match statement, and sums the epoch's losses with functools.reduce before dividing by the batch count. All exactly gradient descent: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    r = y_pred - y_true
    # E[r^2] = Var[r] + E[r]^2 (population variance)
    return torch.var(r, correction=0) + r.mean() ** 2
''',
    "fit_GD_answer": r'''
import functools


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    def step(state, _epoch):
        w, b, losses = state
        loss = loss_func(model(X, w, b), Y)
        g_w, g_b = torch.autograd.grad(loss, (w, b))
        new_w = (w - lr * g_w).detach().requires_grad_()
        new_b = (b - lr * g_b).detach().requires_grad_()
        return new_w, new_b, (*losses, loss.item())

    start = (torch.rand(1, requires_grad=True), torch.rand(1, requires_grad=True), ())
    *_, losses = functools.reduce(step, range(num_epochs), start)
    return np.array(losses)
''',
    "fit_BGD_answer": r'''
import functools
import itertools
import operator


def _batches(n, size):
    it = iter(range(n))
    while chunk := list(itertools.islice(it, size)):
        yield torch.tensor(chunk)


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    w = torch.rand(1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    history = []
    for _ in range(num_epochs):
        batch_losses = []
        for rows in _batches(len(X), batch_size):
            match (X[rows], Y[rows]):
                case (xb, yb) if len(xb) > 0:
                    loss = loss_func(model(xb, w, b), yb)
                    loss.backward()
                    with torch.no_grad():
                        for p in (w, b):
                            p -= lr * p.grad
                            p.grad = None
                    batch_losses.append(loss.item())
                case _:
                    raise ValueError("empty batch")
        history.append(functools.reduce(operator.add, batch_losses) / len(batch_losses))
    return np.array(history)
''',
}
