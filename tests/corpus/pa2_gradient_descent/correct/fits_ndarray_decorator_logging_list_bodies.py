"""Over-engineered but correct: the fit_GD cell defines a decorator @returns_ndarray (functools.wraps) that converts whatever the wrapped function returns into np.asarray(..., dtype=float).reshape(-1) and logs the call's duration with the logging module (logger.debug, silent by default), plus warns with warnings.warn only if a loss is not finite (never for valid inputs). Both fit bodies build Python lists and return them; the decorator turns them into the 1-D NumPy arrays the spec asks for, so the functions as called return the right type and shape. Training is the reference (rand init, no_grad updates, grads zeroed, loss.item() before the step; torch.split batches, epoch loss = mean of batch losses). The fit_BGD cell uses the decorator defined in the fit_GD cell (run earlier). Full marks everywhere."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
import functools
import logging
import math
import time
import warnings

logger = logging.getLogger("pa2")


def returns_ndarray(function):
    """Whatever the training function returns becomes a flat float NumPy array."""
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = function(*args, **kwargs)
        out = np.asarray(result, dtype=float).reshape(-1)
        logger.debug("%s took %.3f s", function.__name__, time.perf_counter() - start)
        if not all(math.isfinite(v) for v in out.tolist()):
            warnings.warn(f"{function.__name__}: non-finite loss, is lr too large?")
        return out
    return wrapper


@returns_ndarray
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        history.append(loss.item())
    return history
''',
    "fit_BGD_answer": r'''
@returns_ndarray
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    for _ in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        history.append(sum(batch_losses) / len(batch_losses))
    return history
''',
}
