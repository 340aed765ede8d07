"""ADVANCED with torch.func: model maps the line over the rows with torch.func.vmap (each row of shape (1,) becomes weight * row + bias, stacked back to (n, 1); autograd flows through vmap). fit_BGD is functional: the parameters are a plain tuple of tensors, each batch's gradient and loss come from torch.func.jacrev(batch_loss, argnums=(0, 1), has_aux=True), the new parameters are built with a generator expression, batches come from zip(X.split(batch_size), Y.split(batch_size)) (last partial), and the epoch loss is statistics.fmean of the batch losses. Every update is -lr * the batch gradient, every logged loss the batch loss before its update: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
from torch.func import vmap


def model(data, weight, bias):
    return vmap(lambda row: weight * row + bias)(data)
''',
    "fit_BGD_answer": r'''
import statistics
from torch.func import jacrev


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    params = (torch.rand(1), torch.rand(1))
    history = []
    for _ in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(X.split(batch_size), Y.split(batch_size)):
            def batch_loss(w, b):
                loss = loss_func(model(xb, w, b), yb)
                return loss, loss.detach()
            grads, loss = jacrev(batch_loss, argnums=(0, 1), has_aux=True)(*params)
            params = tuple(p - lr * g for p, g in zip(params, grads))
            batch_losses.append(loss.item())
        history.append(statistics.fmean(batch_losses))
    return np.asarray(history, dtype=float)
''',
}
