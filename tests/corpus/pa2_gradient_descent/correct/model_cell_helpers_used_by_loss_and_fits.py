"""Helpers defined in the Part 1 cell and used by later parts. The model cell defines as_column(t) (t.reshape(-1, 1):
a column stays a column, a one-row column stays (1, 1)) and new_parameter(value=None) (a fresh (1,) leaf that
requires grad: torch.rand(1), or the given start value), and model = as_column(data) * weight + bias. The loss
cell reuses as_column: the residual as_column(y_pred) - as_column(y_true), and the MSE as (r * r).sum() /
r.numel(). fit_GD starts from new_parameter() twice, fit_BGD from new_parameter(0.0) and new_parameter(0.0) (any start is allowed); both call the model and loss they
are given, torch.split batches, update under no_grad, zero the grads. Every helper is right for every input the
spec allows (data (n, 1), n >= 1): full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def as_column(t):
    """t as a column of shape (n, 1); a column stays as it is."""
    return t.reshape(-1, 1)


def new_parameter(value=None):
    """A fresh trainable parameter of shape (1,): random in [0, 1), or the given start value."""
    start = torch.rand(1) if value is None else torch.tensor([float(value)])
    return start.requires_grad_()


def model(data, weight, bias):
    """Linear model: predict weight * data + bias, one row per point."""
    return as_column(data) * weight + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error, with the residuals as a column (as_column comes from the model cell)."""
    residual = as_column(y_pred) - as_column(y_true)
    return (residual * residual).sum() / residual.numel()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight, bias = new_parameter(), new_parameter()
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
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight, bias = new_parameter(0.0), new_parameter(0.0)
    losses = []
    for _ in range(num_epochs):
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
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
