"""The whole fit_GD is decorated with @torch.no_grad(); only the forward pass and the gradient are computed inside `with torch.enable_grad():` (torch.autograd.grad, assigned to .grad), and the updates run in the decorator's no-grad mode as plain in-place `-=`. The history is a pre-allocated np.zeros(num_epochs) filled with loss.item(). Every model call that trains records for autograd, each update is -lr * the full-data gradient, the loss is logged before its update: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
@torch.no_grad()
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Everything runs without recording, except the forward pass and its gradient."""
    weight = torch.zeros(1).requires_grad_()
    bias = torch.zeros(1).requires_grad_()
    history = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        with torch.enable_grad():
            loss = loss_func(model(X, weight, bias), Y)
            weight.grad, bias.grad = torch.autograd.grad(loss, [weight, bias])
        weight -= lr * weight.grad
        bias -= lr * bias.grad
        history[epoch] = loss.item()
    return history
''',
}
