"""fit_BGD is built on the student's own fit_GD ('for each batch, do what fit_GD did'). fit_GD takes an optional
keyword-only argument, params=None: a (weight, bias) pair to keep training; without it (every caller that passes
the six documented arguments: the notebook, the self-check, the grader) it creates its own parameters, as asked.
fit_BGD creates weight and bias once and, for every batch X[s:s + batch_size] (range over the start indices, the
last batch partial), calls fit_GD(model, loss_func, x_batch, y_batch, lr, 1, params=(weight, bias)): ONE epoch of
full-batch gradient descent on that batch is exactly one mini-batch update (loss before the step, -lr * gradient
of the batch, gradients zeroed after), and fit_GD's one returned loss is that batch's loss. The epoch loss is the
mean of the batch losses, stored in a preallocated np.empty(num_epochs). Correct for every n, batch_size and
num_epochs: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs, *, params=None):
    """Fit weight and bias by full-batch gradient descent.

    params: optional (weight, bias) to continue training (fit_BGD uses it); by default new
    parameters are created.
    Returns the loss of each epoch, before its update, as a NumPy array.
    """
    if params is None:
        params = (torch.rand(1, requires_grad=True), torch.rand(1, requires_grad=True))
    weight, bias = params
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
    """Mini-batch gradient descent: one epoch of fit_GD on each batch, with shared parameters."""
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = np.empty(num_epochs)
    for epoch in range(num_epochs):
        batch_losses = [
            fit_GD(model, loss_func, X[s:s + batch_size], Y[s:s + batch_size], lr, 1, params=(weight, bias))[0]
            for s in range(0, len(X), batch_size)
        ]
        history[epoch] = np.mean(batch_losses)
    return history
''',
}
