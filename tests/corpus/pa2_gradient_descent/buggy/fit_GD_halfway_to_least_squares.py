"""junk: fit_GD does no gradient descent. Each epoch it logs the honest full-data loss of its parameters (through
the given model and loss_func), then moves the parameters HALFWAY towards the least-squares line of the data it was
given (solved once with torch.linalg.lstsq on [X, 1]), ignoring lr. Unlike the corpus' fit_GD_drifts_to_notebook_line
it converges to the right line on ANY data, and the curve falls smoothly; but no step is -lr * gradient and lr is
never used. A fit that does no gradient descent earns nothing -> 0.

REVISED EXPECTATION: 20 (returns 6, batches 8, update 0, loss 6). Behaviourally this run is indistinguishable from an
honest damped Newton's method with step 0.5 (p <- p - 0.5 H^-1 g lands exactly halfway to the least-squares point for
a quadratic loss), i.e. a wrong optimiser like the corpus' fit_GD_adam_optimizer, which loses only `update`. A grader
that judges by behaviour cannot tell the two apart, so 20 is defensible; noted as a leak (a closed-form answer dressed
up as a descent earns 2/3 of the part), not as a grader fault."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    A = torch.cat([X, torch.ones_like(X)], dim=1)
    target = torch.linalg.lstsq(A, Y).solution.view(-1)
    weight = torch.rand(1)
    bias = torch.rand(1)
    losses = []
    for _ in range(num_epochs):
        losses.append(loss_func(model(X, weight, bias), Y).item())
        weight = weight + 0.5 * (target[0] - weight)
        bias = bias + 0.5 * (target[1] - bias)
    return np.array(losses)
''',
}
