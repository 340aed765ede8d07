"""junk in fit_GD's return value, honest elsewhere; the fit_GD cell's helper feeds fit_BGD. The fit_GD cell defines
step(weight, bias, lr) (update under no_grad, grads zeroed), used by fit_GD and by the later, honest fit_BGD.
fit_GD trains correctly (one full-data update per epoch, loss recorded before it) but does not return what it
recorded: it returns np.linspace(losses[0], losses[-1], num_epochs), a straight line between the first and the
last real loss ('a cleaner curve'). The training earns what it honestly earns (returns 6: num_epochs floats;
batches 8; update 10), the invented intermediate losses do not (loss 0): fit_GD 24. fit_BGD (torch.split, last
partial, step per batch, mean of batch losses) is right: 30."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 24, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def step(weight, bias, lr):
    """Move weight and bias against their gradients, then clear the gradients."""
    with torch.no_grad():
        weight -= lr * weight.grad
        bias -= lr * bias.grad
    weight.grad.zero_()
    bias.grad.zero_()


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        step(weight, bias, lr)
        losses.append(loss.item())
    return np.linspace(losses[0], losses[-1], num_epochs)  # a clean curve from the first to the last loss
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            step(weight, bias, lr)
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
