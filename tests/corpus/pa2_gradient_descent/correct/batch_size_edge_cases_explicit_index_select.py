"""Correct fit_BGD that spells out every edge case of the batch size, and a general fit_GD. fit_BGD: num_epochs
== 0 returns an empty float array at once; batch_size is clamped to [1, n] only in the sense that a batch_size of
n or more means ONE batch of all the points (size = min(batch_size, n), which is what ceil(n / batch_size) = 1
batch means); the batches are index tensors from torch.arange(n).split(size) (the last one partial), selected with
X.index_select(0, idx), which keeps the (b, 1) shape even for one-point batches; one update per batch with gradients
from torch.autograd.grad (no .grad buffers to zero), the epoch loss the mean of the batch losses. fit_GD accepts a
1-D X or Y as well as (n, 1) columns (reshape(-1, 1) only when dim() == 1), uses torch.autograd.grad the same way,
and logs loss.detach().item() before each update. For every valid input this is the reference: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def _as_column(t: torch.Tensor) -> torch.Tensor:
    """(n,) -> (n, 1); (n, 1) unchanged."""
    return t.reshape(-1, 1) if t.dim() == 1 else t


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent with torch.autograd.grad."""
    X, Y = _as_column(X), _as_column(Y)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        g_weight, g_bias = torch.autograd.grad(loss, (weight, bias))
        losses.append(loss.detach().item())
        with torch.no_grad():
            weight -= lr * g_weight
            bias -= lr * g_bias
    return np.array(losses, dtype=float)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent; every edge case of batch_size handled explicitly."""
    if num_epochs == 0:
        return np.empty(0, dtype=float)
    n = X.shape[0]
    if n == 0:
        raise ValueError("no data to fit")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    size = min(int(batch_size), n)  # batch_size >= n: one batch with every point
    batches = torch.arange(n).split(size)  # last batch partial when size does not divide n
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for idx in batches:
            x_batch, y_batch = X.index_select(0, idx), Y.index_select(0, idx)  # keeps (b, 1), also for b = 1
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            g_weight, g_bias = torch.autograd.grad(loss, (weight, bias))
            batch_losses.append(loss.detach().item())
            with torch.no_grad():
                weight -= lr * g_weight
                bias -= lr * g_bias
        losses.append(float(np.mean(batch_losses)))
    return np.array(losses, dtype=float)
''',
}
