"""Correct and generic over dtype: model computes in the promoted floating dtype of its inputs
(torch.promote_types of data, weight and bias; an all-integer input falls back to the default float dtype), so
float32 in gives float32 out and float64 in gives float64 out, exactly weight * data + bias. loss_func accumulates
the squared errors in float64 and casts the one-element result back to the dtype of the residual (same value to
rounding, gradient 2 r / n flowing back through the casts). Both fits create weight and bias in X's floating dtype
(float32 or float64), cast Y to it, train exactly like the reference (one full-data update per epoch; torch.split
batches with a partial last one, one update per batch) and return float64 NumPy arrays of the logged loss.item()
values; fit_BGD's epoch loss is the mean of the batch losses. The notebook's float32 data get float32 computations
as in the reference: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def _float_dtype(*tensors: torch.Tensor) -> torch.dtype:
    """The promoted dtype of the tensors, or the default float dtype if that is not a floating type."""
    dtype = tensors[0].dtype
    for t in tensors[1:]:
        dtype = torch.promote_types(dtype, t.dtype)
    return dtype if dtype.is_floating_point else torch.get_default_dtype()


def model(data: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    """Linear model weight * data + bias, computed in the inputs' (promoted) floating dtype."""
    dtype = _float_dtype(data, weight, bias)
    return weight.to(dtype) * data.to(dtype) + bias.to(dtype)
''',
    "loss_func_answer": r'''
def loss_func(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """Mean squared error, accumulated in float64 and returned in the residual's dtype."""
    diff = y_pred - y_true
    out_dtype = diff.dtype if diff.is_floating_point() else torch.get_default_dtype()
    return torch.mean(diff.to(torch.float64) ** 2).to(out_dtype)
''',
    "fit_GD_answer": r'''
def _params_like(X: torch.Tensor):
    """weight and bias (shape (1,)) in X's floating dtype, ready for autograd."""
    dtype = X.dtype if X.is_floating_point() else torch.get_default_dtype()
    return (torch.rand(1, dtype=dtype).requires_grad_(), torch.rand(1, dtype=dtype).requires_grad_())


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent in X's dtype; returns float64 losses."""
    weight, bias = _params_like(X)
    X = X.to(weight.dtype)
    Y = Y.to(weight.dtype)
    losses = np.zeros(num_epochs, dtype=np.float64)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses[epoch] = loss.item()
    return losses
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent in X's dtype; returns float64 mean batch losses."""
    weight, bias = _params_like(X)
    X = X.to(weight.dtype)
    Y = Y.to(weight.dtype)
    losses = np.zeros(num_epochs, dtype=np.float64)
    for epoch in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(X.split(batch_size), Y.split(batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses[epoch] = np.mean(np.asarray(batch_losses, dtype=np.float64))
    return losses
''',
}
