"""Slip (stale global instead of the argument): fit_BGD names its target parameter `y` in the def line, def fit_BGD(model, loss_func, X, y, lr, num_epochs, batch_size) (called positionally, so nothing breaks), but the body slices the notebook's GLOBAL `Y` for the batch targets, Y[start:start + batch_size]. In the notebook it trains right (the global is the same data); on any other data it fits the given X against the notebook's targets, i.e. it does not train on the data it was given. README: a fit that does not train on the data it was given earns 0 (like the corpus' fit_GD_uses_global_data) -> fit_BGD 0. The message should say the targets are not the Y it was given."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, n, batch_size):
            x_batch = X[start:start + batch_size]
            y_batch = Y[start:start + batch_size]
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
