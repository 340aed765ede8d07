"""fit_GD needs no autograd: the gradient of the MSE of a line depends on the data only through four averages,
mean(x), mean(y), mean(x*x) and mean(x*y), which it computes ONCE in float64; at each epoch the gradient is
dL/dw = 2 (w mean(x^2) + b mean(x) - mean(xy)), dL/db = 2 (w mean(x) + b - mean(y)) (the notebook's formulas,
expanded). The loss of each epoch is still computed with the given model and loss_func (under torch.no_grad, on
plain zero-initialised tensors), logged before the step, and the parameters are updated in place by -lr * that
gradient. The gradient in float64 from exact averages is, if anything, more accurate than float32 autograd. Correct
for any n (one row included), lr and num_epochs: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent with the gradient from the data's sufficient statistics (float64)."""
    x = X.detach().reshape(-1).double()
    y = Y.detach().reshape(-1).double()
    mean_x, mean_y = x.mean().item(), y.mean().item()
    mean_xx, mean_xy = (x * x).mean().item(), (x * y).mean().item()

    weight = torch.zeros(1)
    bias = torch.zeros(1)
    losses = []
    with torch.no_grad():
        for _ in range(num_epochs):
            losses.append(loss_func(model(X, weight, bias), Y).item())
            w, b = weight.item(), bias.item()
            grad_w = 2.0 * (w * mean_xx + b * mean_x - mean_xy)
            grad_b = 2.0 * (w * mean_x + b - mean_y)
            weight -= lr * grad_w
            bias -= lr * grad_b
    return np.array(losses, dtype=float)
''',
}
