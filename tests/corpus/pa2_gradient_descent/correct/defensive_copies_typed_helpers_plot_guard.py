"""Correct, defensive and typed: the fits work on detached copies of their data (X.detach().clone(), so nothing
they do can touch the caller's tensors or build a graph through them), return at once with an empty float array
for num_epochs == 0, and are built from small helpers with type hints: _new_params(), _sgd_step(params, lr) (under
torch.no_grad(), p -= lr * p.grad, then p.grad = None) and _batch_bounds(n, size) -> list of (start, stop) pairs
from range(0, n, size) with stop = min(start + size, n) (last batch partial, a size >= n gives one batch). The
plot cells share a helper plot_losses(values, title, ylabel) that converts the values with np.asarray(dtype=float)
(.ravel()), warns instead of failing on an empty array or non-finite values (and still plots them), draws them
against epochs 1..len with markers, labels 'Epoch' and the y label, and titles the figure. For every valid input
the computation is the reference's: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
from typing import Callable, List, Sequence, Tuple

Tensor = torch.Tensor


def _new_params() -> Tuple[Tensor, Tensor]:
    return torch.rand(1, requires_grad=True), torch.rand(1, requires_grad=True)


@torch.no_grad()
def _sgd_step(params: Sequence[Tensor], lr: float) -> None:
    """One plain gradient step, then forget the gradients."""
    for p in params:
        p -= lr * p.grad
        p.grad = None


def fit_GD(model: Callable, loss_func: Callable, X: Tensor, Y: Tensor, lr: float, num_epochs: int) -> np.ndarray:
    """Fit weight and bias by full-batch gradient descent."""
    if num_epochs <= 0:
        return np.zeros(0, dtype=float)
    X, Y = X.detach().clone(), Y.detach().clone()  # never touch the caller's tensors
    weight, bias = _new_params()
    losses: List[float] = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        losses.append(float(loss.detach()))
        _sgd_step((weight, bias), lr)
    return np.asarray(losses, dtype=float)
''',
    "fit_BGD_answer": r'''
def _batch_bounds(n: int, size: int) -> List[Tuple[int, int]]:
    """(start, stop) of each batch; the last one is shorter when size does not divide n."""
    return [(start, min(start + size, n)) for start in range(0, n, size)]


def fit_BGD(model: Callable, loss_func: Callable, X: Tensor, Y: Tensor, lr: float, num_epochs: int,
            batch_size: int) -> np.ndarray:
    """Fit weight and bias by mini-batch gradient descent."""
    if num_epochs <= 0:
        return np.zeros(0, dtype=float)
    X, Y = X.detach().clone(), Y.detach().clone()
    bounds = _batch_bounds(len(X), int(batch_size))
    weight, bias = _new_params()
    epoch_losses: List[float] = []
    for _ in range(num_epochs):
        batch_losses: List[float] = []
        for start, stop in bounds:
            loss = loss_func(model(X[start:stop], weight, bias), Y[start:stop])
            loss.backward()
            batch_losses.append(float(loss.detach()))
            _sgd_step((weight, bias), lr)
        epoch_losses.append(sum(batch_losses) / len(batch_losses))
    return np.asarray(epoch_losses, dtype=float)
''',
    "plot_GD_answer": r'''
# Plot the loss curve of full-batch gradient descent.
import warnings


def plot_losses(values, title: str, ylabel: str = "Loss (MSE)") -> None:
    """One point per epoch, labelled and titled; warns (but still draws) on odd input."""
    values = np.asarray(values, dtype=float).ravel()
    if values.size == 0:
        warnings.warn(f"{title}: no losses to plot")
    elif not np.all(np.isfinite(values)):
        warnings.warn(f"{title}: some losses are not finite (diverged?)")
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(np.arange(1, values.size + 1), values, marker="o")
    ax.set_xlabel("Epoch")
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    plt.show()


plot_losses(loss_GD, "Full-batch gradient descent")
''',
    "plot_BGD_answer": r'''
# Plot the loss curve of mini-batch gradient descent.
plot_losses(loss_BGD, "Mini-batch gradient descent", ylabel="Mean batch loss (MSE)")
''',
}
