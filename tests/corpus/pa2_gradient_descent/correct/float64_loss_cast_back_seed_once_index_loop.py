"""Other number types inside, the right ones out. loss_func computes the residuals and their mean in float64,
r = y_pred.double() - y_true.double(), and returns (r * r).mean().to(y_pred.dtype): a one-element tensor of the
caller's dtype, still connected to y_pred (the casts are differentiable), with the exact MSE. The fit_BGD cell seeds
the global RNG ONCE, at the top of the cell (torch.manual_seed(2024), run when the cell is defined, never inside the
function); fit_BGD itself builds each batch from an explicit integer index range, torch.arange(start, min(start +
batch_size, n)), in a Python for loop over range(0, n, batch_size) (last batch partial), keeps an int batch counter and
a Python float sum, and reports sum / counter. The update and zeroing are the reference's. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """MSE, computed in double precision and returned in the predictions' dtype."""
    r = y_pred.double() - y_true.double()
    return (r * r).mean().to(y_pred.dtype)
''',
    "fit_BGD_answer": '''
torch.manual_seed(2024)  # once, when this cell runs


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = X.shape[0]
    weight = torch.randn(1).requires_grad_(True)
    bias = torch.randn(1).requires_grad_(True)
    result = []
    for epoch in range(num_epochs):
        running, batches = 0.0, 0
        for start in range(0, n, batch_size):
            idx = torch.arange(start, min(start + batch_size, n))
            loss = loss_func(model(X[idx], weight, bias), Y[idx])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            running += float(loss)
            batches += 1
        result.append(running / batches)
    return np.array(result, dtype=np.float64)
''',
}
