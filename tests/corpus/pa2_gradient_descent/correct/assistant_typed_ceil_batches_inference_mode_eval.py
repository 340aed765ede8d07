"""What an AI assistant typically produces: type hints, docstrings, input validation, math.ceil for the number of
batches and slice(b * batch_size, (b + 1) * batch_size) for batch b (Python clips the last, partial batch), zip(...,
strict=True) to pair the batches, gradients cleared with `p.grad = None` (set_to_none by hand), and an 'evaluation'
of the final parameters on all the data under torch.inference_mode() that is only printed (an extra forward pass,
not an update and not logged). The history is a list[dict[str, float]] turned into a float64 array. The epoch loss
is the mean of the epoch's batch losses, each logged before its update. model is (weight * data).add(bias), loss_func
torch.mean(torch.square(...)). Plots: fig, ax = plt.subplots(constrained_layout=True), ax.set(...). Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    """Return the linear prediction weight * data + bias, shape (n, 1)."""
    return (weight * data).add(bias)
''',
    "loss_func_answer": r'''
def loss_func(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """Mean squared error as a 0-dim tensor."""
    return torch.mean(torch.square(y_pred - y_true))
''',
    "fit_GD_answer": r'''
import math
from typing import Callable


def _init_params() -> tuple[torch.Tensor, torch.Tensor]:
    return torch.rand(1, requires_grad=True), torch.rand(1, requires_grad=True)


def _descend(params: tuple[torch.Tensor, ...], lr: float) -> None:
    """Plain gradient step, then clear the gradients (set_to_none style)."""
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
    for p in params:
        p.grad = None


def fit_GD(model: Callable, loss_func: Callable, X: torch.Tensor, Y: torch.Tensor,
           lr: float, num_epochs: int) -> np.ndarray:
    """Full-batch gradient descent; returns the loss of each epoch before its update."""
    if X.shape[0] != Y.shape[0]:
        raise ValueError("X and Y must have the same number of rows")
    weight, bias = _init_params()
    history: list[dict[str, float]] = []
    for epoch in range(1, num_epochs + 1):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        _descend((weight, bias), lr)
        history.append({"epoch": epoch, "loss": loss.item()})
    with torch.inference_mode():
        final = loss_func(model(X, weight, bias), Y).item()
    print(f"[fit_GD] final training loss: {final:.4f}")
    return np.asarray([h["loss"] for h in history], dtype=np.float64)
''',
    "plot_GD_answer": r'''
fig, ax = plt.subplots(figsize=(6, 4), constrained_layout=True)
ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o", linewidth=1.5)
ax.set(xlabel="Epoch", ylabel="Loss (MSE)", title="Training loss: full-batch gradient descent")
plt.show()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model: Callable, loss_func: Callable, X: torch.Tensor, Y: torch.Tensor,
            lr: float, num_epochs: int, batch_size: int) -> np.ndarray:
    """Mini-batch gradient descent; returns the mean batch loss of each epoch."""
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    n = X.shape[0]
    num_batches = math.ceil(n / batch_size)
    weight, bias = _init_params()
    history: list[dict[str, float]] = []
    for epoch in range(1, num_epochs + 1):
        rows = [slice(b * batch_size, (b + 1) * batch_size) for b in range(num_batches)]
        batch_losses: list[float] = []
        for xb, yb in zip((X[r] for r in rows), (Y[r] for r in rows), strict=True):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            _descend((weight, bias), lr)
            batch_losses.append(loss.item())
        history.append({"epoch": epoch, "loss": sum(batch_losses) / len(batch_losses)})
    with torch.inference_mode():
        final = loss_func(model(X, weight, bias), Y).item()
    print(f"[fit_BGD] final training loss: {final:.4f}")
    return np.asarray([h["loss"] for h in history], dtype=np.float64)
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots(figsize=(6, 4), constrained_layout=True)
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="s", linewidth=1.5, color="tab:orange")
ax.set(xlabel="Epoch", ylabel="Mean mini-batch loss (MSE)", title="Training loss: mini-batch gradient descent")
plt.show()
''',
    "discussion": r'''
**When to prefer mini-batch GD:** when the dataset is large. Each update then only touches `batch_size` examples,
so it is cheap and its memory use is bounded, and an epoch contains many updates rather than one (the mini-batch
curve drops far lower after the first epoch). **Trade-off:** each step uses a noisy estimate of the gradient, so
the loss fluctuates and the learning rate may need to be reduced near convergence. **Full-batch GD** remains a good
choice for small datasets like this one, where exact steps are cheap.
''',
}
