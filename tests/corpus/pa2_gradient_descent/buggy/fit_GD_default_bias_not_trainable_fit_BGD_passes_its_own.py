"""ONE slip in fit_GD, which fit_BGD calls. fit_GD takes an optional keyword-only params=(weight, bias) to keep
training (fit_BGD uses it: one epoch of fit_GD per batch, with fit_BGD's own shared parameters), and otherwise
creates its own: weight = torch.rand(1, requires_grad=True) but bias = torch.zeros(1), without requires_grad. On
every call with the six documented arguments (the notebook's run_GD, the grader) backward() leaves bias.grad None
and `bias -= lr * bias.grad` raises TypeError (float * NoneType): fit_GD earns 0, and its message should quote that
error. fit_BGD never takes that branch: it makes weight and bias with requires_grad=True and passes them, so each
batch gets one correct update (loss before the step, grads zeroed) and the epoch loss is the mean of the batch
losses: fit_BGD is right, 30."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs, *, params=None):
    """Full-batch gradient descent; params=(weight, bias) continues training given parameters."""
    if params is None:
        weight = torch.rand(1, requires_grad=True)
        bias = torch.zeros(1)
    else:
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
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            batch_losses.append(fit_GD(model, loss_func, x_batch, y_batch, lr, 1, params=(weight, bias))[0])
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
