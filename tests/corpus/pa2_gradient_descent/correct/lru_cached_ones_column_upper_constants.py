"""A cached helper keyed safely, and module-level constants used read only. model adds the bias through a column of
ones from _ones(n, dtype, device), memoised with functools.lru_cache: the key is the number of rows, the dtype and
the device (plain hashable values), and the cached tensor is never modified in place (bias * ones makes a new tensor),
so a cached value is right for every call with that key whatever the data are. The fits draw their starting values
with INIT_LOW + (INIT_HIGH - INIT_LOW) * torch.rand(1) (UPPER_CASE constants, only read), count the batches with a
second lru_cache helper keyed on two ints, n_batches(n, batch_size) = ceil(n / batch_size), and average each epoch's
batch losses over that count (the list has exactly that many entries). The plots read a STYLE dict constant. Nothing
cached depends on tensor values: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
import functools


@functools.lru_cache(maxsize=64)
def _ones(n, dtype, device):
    """A read-only (n, 1) column of ones; keyed on plain values only."""
    return torch.ones(n, 1, dtype=dtype, device=device)


def model(data, weight, bias):
    return weight * data + bias * _ones(data.shape[0], data.dtype, str(data.device))
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.square(y_pred - y_true).mean()
''',
    "fit_GD_answer": '''
INIT_LOW, INIT_HIGH = -1.0, 1.0


def _init():
    return (INIT_LOW + (INIT_HIGH - INIT_LOW) * torch.rand(1)).requires_grad_(True)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight, bias = _init(), _init()
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
    "fit_BGD_answer": '''
@functools.lru_cache(maxsize=None)
def n_batches(n, batch_size):
    return -(-n // batch_size)


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight, bias = _init(), _init()
    K = n_batches(len(X), batch_size)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for k in range(K):
            rows = slice(k * batch_size, (k + 1) * batch_size)
            loss = loss_func(model(X[rows], weight, bias), Y[rows])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / K)
    return np.array(losses)
''',
    "plot_GD_answer": '''
STYLE = {"marker": "o", "linewidth": 1.5}

plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, **STYLE)
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
    "plot_BGD_answer": '''
plt.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, color="tab:orange", **STYLE)
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
