"""Correct and unusually defensive: every function validates its inputs and raises a clear TypeError/ValueError
ONLY for inputs the docstrings exclude. model checks that data is a 2-D tensor with one column and that weight
and bias have one element; loss_func checks that both arguments are tensors of the SAME shape (the (n,) vs (n, 1)
broadcasting trap) and not empty; the fits check X and Y are (n, 1) columns of the same length, lr is a finite
real number >= 0 (numbers.Real: Python and NumPy floats and ints), num_epochs >= 0 and batch_size >= 1 integers
(numbers.Integral, so NumPy ints pass). Then plain code: weight * data + bias, torch.mean(diff ** 2), one
full-data update per epoch, torch.split batches (last one partial; batch_size > n gives one batch), mean of the
batch losses; num_epochs = 0 returns an empty float array. Every valid input (any n >= 1, float32 or float64,
any batch_size) gets the reference's computation: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
import math
import numbers


def _require_tensor(name, value):
    if not isinstance(value, torch.Tensor):
        raise TypeError(f"{name} must be a torch.Tensor, got {type(value).__name__}")


def _require_column(name, value):
    _require_tensor(name, value)
    if value.dim() != 2 or value.shape[1] != 1:
        raise ValueError(f"{name} must have shape (n, 1), got {tuple(value.shape)}")


def model(data, weight, bias):
    """Linear model: predict weight * data + bias, for data of shape (n, 1)."""
    _require_column("data", data)
    for name, p in (("weight", weight), ("bias", bias)):
        _require_tensor(name, p)
        if p.numel() != 1:
            raise ValueError(f"{name} must have exactly one element, got shape {tuple(p.shape)}")
    return weight * data + bias
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets of the same shape."""
    _require_tensor("y_pred", y_pred)
    _require_tensor("y_true", y_true)
    if y_pred.shape != y_true.shape:
        raise ValueError(f"y_pred {tuple(y_pred.shape)} and y_true {tuple(y_true.shape)} must have the same shape "
                         "(broadcasting them would compare every prediction with every target)")
    if y_pred.numel() == 0:
        raise ValueError("the mean squared error of zero points is undefined")
    diff = y_pred - y_true
    return torch.mean(diff ** 2)
''',
    "fit_GD_answer": r'''
def _validate_fit(X, Y, lr, num_epochs):
    _require_column("X", X)
    _require_column("Y", Y)
    if len(X) != len(Y):
        raise ValueError(f"X has {len(X)} rows but Y has {len(Y)}")
    if len(X) == 0:
        raise ValueError("cannot fit a line to zero points")
    if isinstance(lr, bool) or not isinstance(lr, numbers.Real) or not math.isfinite(lr) or lr < 0:
        raise ValueError(f"lr must be a finite number >= 0, got {lr!r}")
    if isinstance(num_epochs, bool) or not isinstance(num_epochs, numbers.Integral) or num_epochs < 0:
        raise ValueError(f"num_epochs must be an integer >= 0, got {num_epochs!r}")


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Fit weight and bias by full-batch gradient descent (validated inputs)."""
    _validate_fit(X, Y, lr, num_epochs)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(int(num_epochs)):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses, dtype=float)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Fit weight and bias by mini-batch gradient descent (validated inputs)."""
    _validate_fit(X, Y, lr, num_epochs)
    if isinstance(batch_size, bool) or not isinstance(batch_size, numbers.Integral) or batch_size < 1:
        raise ValueError(f"batch_size must be an integer >= 1, got {batch_size!r}")
    batch_size = int(batch_size)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(int(num_epochs)):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(math.fsum(batch_losses) / len(batch_losses))
    return np.array(losses, dtype=float)
''',
}
