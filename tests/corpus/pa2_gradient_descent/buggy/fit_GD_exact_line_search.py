"""Slip ('a better step size'): fit_GD moves along -gradient like gradient descent, but replaces lr by the OPTIMAL
step for a quadratic loss (exact line search: alpha = g.g / g.H g, with the Hessian of the MSE of a line,
H = 2 [[mean(x^2), mean(x)], [mean(x), 1]], computed from X). The direction of every update is right, the size is
alpha_t, not lr, and alpha_t changes from epoch to epoch; lr is never used. Losses are logged before each update
(loss.item()), one update per epoch. Returns 6, batches 8, update 0 (not -lr * gradient), loss 6 -> 20."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    x = X.detach().reshape(-1)
    hessian = 2 * torch.tensor([[torch.mean(x * x), torch.mean(x)], [torch.mean(x), 1.0]])
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        g = torch.cat([weight.grad, bias.grad])
        step = (g @ g) / (g @ hessian @ g)      # the best step along -g (exact line search)
        with torch.no_grad():
            weight -= step * weight.grad
            bias -= step * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
