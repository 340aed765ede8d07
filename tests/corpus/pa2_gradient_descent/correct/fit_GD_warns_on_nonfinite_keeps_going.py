"""fit_GD validates its arguments the way library code does (num_epochs through operator.index, so an int or a NumPy
integer, and not negative; X and Y with the same number of rows; lr made a float), logs each epoch's loss with the
logging module at DEBUG level (silent by default), and when the loss stops being finite (a learning rate above the
stability limit, as in the exercises) it emits ONE RuntimeWarning but keeps going and records what the run
produces (inf or nan), without hiding or replacing it: the history is exactly what gradient descent computed.
Gradients come from torch.autograd.grad (no .grad buffers), updates are in place under no_grad, randn / zeros
initial values; np.asarray(history, dtype=float) is returned (shape (0,) for num_epochs = 0). Correct for every input
the spec allows: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
import logging
import math
import operator
import warnings

_log = logging.getLogger("pa2.fit_GD")


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent; warns once if the run diverges, but reports it as it is."""
    num_epochs = operator.index(num_epochs)
    if num_epochs < 0:
        raise ValueError(f"num_epochs must not be negative, got {num_epochs}")
    if X.shape[0] != Y.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but Y has {Y.shape[0]}")
    lr = float(lr)

    weight = torch.randn(1).requires_grad_()
    bias = torch.zeros(1, requires_grad=True)
    history = []
    warned = False
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        grad_w, grad_b = torch.autograd.grad(loss, (weight, bias))
        value = loss.item()
        if not math.isfinite(value) and not warned:
            warnings.warn(f"fit_GD: loss {value} at epoch {epoch + 1}: lr={lr} diverges", RuntimeWarning)
            warned = True
        _log.debug("epoch %d: loss %.6g, w %.6g, b %.6g", epoch + 1, value, weight.item(), bias.item())
        with torch.no_grad():
            weight -= lr * grad_w
            bias -= lr * grad_b
        history.append(value)
    return np.asarray(history, dtype=float)
''',
}
