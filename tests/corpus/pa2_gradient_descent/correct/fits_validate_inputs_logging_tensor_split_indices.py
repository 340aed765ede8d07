"""Defensive, logged fits with type hints. Both fits first validate what the spec promises (X and Y 2-D columns of
the same length, lr a positive number, num_epochs and batch_size positive integers; ValueError otherwise: never
raised for allowed inputs), cast num_epochs with operator.index, and log progress with logging.getLogger(__name__)
at DEBUG level (silent by default). fit_GD's parameters are created with dtype=X.dtype and device=X.device; it
returns np.fromiter over its list of losses. fit_BGD cuts batches with torch.tensor_split(X, indices) where
indices = range(batch_size, n, batch_size) (ceil(n / batch_size) batches, the last partial; a batch_size >= n gives
one batch of all points), one update per batch, the epoch loss the mean of the batch losses via math.fsum /
count. Correct for every input the spec allows: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
import logging
import math
import numbers
import operator

logger = logging.getLogger(__name__)


def _validate(X: torch.Tensor, Y: torch.Tensor, lr: float, *counts: int) -> None:
    """Raise ValueError unless the inputs are what the docstrings promise."""
    if X.ndim != 2 or Y.ndim != 2 or X.shape[0] != Y.shape[0] or X.shape[0] == 0:
        raise ValueError(f"X and Y should be columns of the same length, got {tuple(X.shape)} and {tuple(Y.shape)}")
    if not isinstance(lr, numbers.Real) or lr <= 0:
        raise ValueError(f"lr should be a positive number, got {lr!r}")
    if any(operator.index(c) < 1 for c in counts):
        raise ValueError(f"counts should be positive integers, got {counts}")


def fit_GD(model, loss_func, X: torch.Tensor, Y: torch.Tensor, lr: float, num_epochs: int) -> np.ndarray:
    _validate(X, Y, lr, num_epochs)
    weight = torch.rand(1, dtype=X.dtype, device=X.device, requires_grad=True)
    bias = torch.rand(1, dtype=X.dtype, device=X.device, requires_grad=True)
    losses: list[float] = []
    for epoch in range(operator.index(num_epochs)):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
        logger.debug("epoch %d: loss %.5f", epoch + 1, losses[-1])
    return np.fromiter(losses, dtype=np.float64, count=len(losses))
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X: torch.Tensor, Y: torch.Tensor, lr: float, num_epochs: int,
            batch_size: int) -> np.ndarray:
    _validate(X, Y, lr, num_epochs, batch_size)
    n = X.shape[0]
    cuts = list(range(batch_size, n, batch_size))  # start of every batch after the first
    weight = torch.rand(1, dtype=X.dtype, device=X.device, requires_grad=True)
    bias = torch.rand(1, dtype=X.dtype, device=X.device, requires_grad=True)
    epoch_losses = []
    for epoch in range(operator.index(num_epochs)):
        batch_losses = []
        for x_batch, y_batch in zip(torch.tensor_split(X, cuts), torch.tensor_split(Y, cuts)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        epoch_losses.append(math.fsum(batch_losses) / len(batch_losses))
        logger.debug("epoch %d: %d batches, mean loss %.5f", epoch + 1, len(batch_losses), epoch_losses[-1])
    return np.array(epoch_losses)
''',
}
