"""A weak student coming from JAX, two slips in the two fits (both functional, with torch.func, plain parameter tensors rebuilt as p - lr * g).
(1) fit_GD: per-sample gradients with vmap(grad(point_loss, argnums=(0, 1)), in_dims=(None, None, 0, 0)), then reduced with .sum(0) instead of .mean(0): the gradient of the SUM of squared errors, n times the gradient of the MSE, so every step is n times too long (the notebook's run diverges). One full-data update per epoch, the loss logged (the MSE through the given model and loss) before each update: returns 6, batches 8, update 0, loss 6 -> 20.
(2) fit_BGD: grad_w = grad(batch_loss) and grad_b = grad(batch_loss), copy-pasted without argnums=1: JAX and torch.func differentiate the FIRST argument by default, so the bias is moved by -lr * dL/dw of its batch. Batches right (torch.split, last partial, one update each), epoch mean of the batch losses right: returns 6, batches 8, update 0, loss 6 -> 20.
model, loss_func and the plots are the reference."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
from torch.func import grad, vmap


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    def point_loss(w, b, x, y):
        return loss_func(model(x.unsqueeze(0), w, b), y.unsqueeze(0))

    per_sample_grads = vmap(grad(point_loss, argnums=(0, 1)), in_dims=(None, None, 0, 0))
    w, b = torch.rand(1), torch.rand(1)
    history = []
    for _ in range(num_epochs):
        history.append(loss_func(model(X, w, b), Y).item())
        gw, gb = per_sample_grads(w, b, X, Y)
        w = w - lr * gw.sum(0)
        b = b - lr * gb.sum(0)
    return np.array(history)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    def batch_loss(w, b, x, y):
        return loss_func(model(x, w, b), y)

    grad_w = grad(batch_loss)
    grad_b = grad(batch_loss)
    w, b = torch.rand(1), torch.rand(1)
    history = []
    for _ in range(num_epochs):
        losses = []
        for xb, yb in zip(X.split(batch_size), Y.split(batch_size)):
            losses.append(batch_loss(w, b, xb, yb).item())
            gw, gb = grad_w(w, b, xb, yb), grad_b(w, b, xb, yb)
            w, b = w - lr * gw, b - lr * gb
        history.append(np.mean(losses))
    return np.array(history)
''',
}
