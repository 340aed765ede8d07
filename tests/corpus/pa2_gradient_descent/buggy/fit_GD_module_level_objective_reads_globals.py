"""Slip (a helper that silently reads notebook globals): the fit_GD cell defines, at module level, a helper
objective(weight, bias) = loss_func(model(X, weight, bias), Y), and fit_GD calls objective(weight, bias) every epoch.
The student thinks the names are fit_GD's parameters, but a module-level function sees the notebook's GLOBAL model,
loss_func, X and Y: fit_GD never uses the model, loss, inputs or targets it is given. In the notebook's run_GD call
those are the same objects, so loss_GD is right; the self-check (its own 20 points, model and loss) sees the model
called on the notebook's 200 points and fails. A fit that does not train on the data it was given earns nothing, like
the corpus' fit_GD_uses_global_data: fit_GD 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def objective(weight, bias):
    """The full-data loss at (weight, bias)."""
    return loss_func(model(X, weight, bias), Y)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = objective(weight, bias)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
