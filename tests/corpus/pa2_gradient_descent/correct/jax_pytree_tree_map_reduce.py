"""JAX habits with torch.func: the parameters are a dict pytree {'w', 'b'} of plain tensors; the gradient comes from torch.func.grad(loss_fn, has_aux=True) (loss_fn returns the loss and, as aux, its detached value, like jax.value_and_grad), and the update is functional, params = tree_map(lambda p, g: p - lr * g, params, grads) with torch.utils._pytree.tree_map. fit_GD takes one full-data step per epoch and records float(aux) before the step. fit_BGD runs each epoch like lax.scan: functools.reduce(update, batches, (params, [])) over zip(X.split(batch_size), Y.split(batch_size)) (last batch partial), carrying the parameters and the list of batch losses; the epoch loss is np.mean of that list. Every update is -lr * the gradient of its batch through the given model and loss: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
from functools import reduce

from torch.func import grad
from torch.utils._pytree import tree_map


def _value_and_grad(model, loss_func):
    """grad(loss_fn)(params, x, y) -> (gradients as a dict, loss value)."""
    def loss_fn(params, x, y):
        loss = loss_func(model(x, params["w"], params["b"]), y)
        return loss, loss.detach()
    return grad(loss_fn, has_aux=True)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    grad_fn = _value_and_grad(model, loss_func)
    params = {"w": torch.rand(1), "b": torch.rand(1)}
    history = []
    for _ in range(num_epochs):
        grads, loss = grad_fn(params, X, Y)
        history.append(float(loss))
        params = tree_map(lambda p, g: p - lr * g, params, grads)
    return np.asarray(history)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    grad_fn = _value_and_grad(model, loss_func)

    def update(carry, batch):  # the body of a lax.scan over the batches
        params, losses = carry
        grads, loss = grad_fn(params, *batch)
        return tree_map(lambda p, g: p - lr * g, params, grads), losses + [float(loss)]

    params = {"w": torch.rand(1), "b": torch.rand(1)}
    history = []
    for _ in range(num_epochs):
        params, losses = reduce(update, zip(X.split(batch_size), Y.split(batch_size)), (params, []))
        history.append(np.mean(losses))
    return np.array(history)
''',
}
