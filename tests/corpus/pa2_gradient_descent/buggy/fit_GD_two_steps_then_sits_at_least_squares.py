"""junk (fakes convergence): fit_GD makes two honest gradient steps (loss logged before each), then 'skips ahead':
at the third update it copies the least-squares solution (torch.linalg.lstsq on [X, 1]) into weight and bias, and
from then on every epoch computes the loss of the given model there, calls backward and 'updates' to the same
solution again, so the parameters sit still at the optimum and the log shows a flat line at the noise floor. At the
optimum the gradient is ~0, so the frozen epochs look like a run that has converged until float32 rounds its steps
away; but no gradient step brought it there (the jump ignores lr), and all epochs after the second did no gradient
descent: batches, update and loss are lost (no step of the rule leads to the fixed point, so the still epochs are
not updates); returns keeps its 6, the losses of the run's own passes, two of them after honest steps."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 6, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    A = torch.cat([X, torch.ones_like(X)], dim=1)
    w_star, b_star = torch.linalg.lstsq(A, Y).solution.reshape(-1)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            if epoch < 2:
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            else:  # skip ahead: this is where it converges
                weight.copy_(w_star)
                bias.copy_(b_star)
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
