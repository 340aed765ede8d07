"""fit_GD is not a def but a functools.partial object: the fit_GD cell defines one core,
_gradient_descent(model, loss_func, X, Y, lr, num_epochs, batch_size=None) (batch_size=None: one batch of all the
points), and binds fit_GD = functools.partial(_gradient_descent, batch_size=None); the fit_BGD cell is a def that
returns _gradient_descent(..., batch_size=batch_size). The core walks range(0, n, size) slices (last one partial),
makes one update per batch under no_grad, zeroes the grads, and reports np.mean of each epoch's batch losses (for
full batch, the one loss). fit_GD is callable with the six documented positional arguments, exactly like a def:
both fits are gradient descent as asked, full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
import functools


def _gradient_descent(model, loss_func, X, Y, lr, num_epochs, batch_size=None):
    """Gradient descent on batches of batch_size points (None: all of them); epoch losses as a NumPy array."""
    size = len(X) if batch_size is None else batch_size
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, len(X), size):
            loss = loss_func(model(X[start:start + size], weight, bias), Y[start:start + size])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        history.append(np.mean(batch_losses))
    return np.array(history)


# Full-batch gradient descent: the whole data set is one batch.
fit_GD = functools.partial(_gradient_descent, batch_size=None)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent: the shared core with batches of batch_size points."""
    return _gradient_descent(model, loss_func, X, Y, lr, num_epochs, batch_size=batch_size)
''',
}
