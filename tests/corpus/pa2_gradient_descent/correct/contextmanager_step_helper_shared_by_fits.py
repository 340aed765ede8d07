"""The fit_GD cell defines a context manager, stepping(*params) (contextlib.contextmanager): inside the with block
autograd does not record (torch.no_grad()), and when the block ends every parameter's gradient is zeroed. fit_GD
writes its update as `with stepping(weight, bias): weight -= lr * weight.grad; bias -= lr * bias.grad`, and the
later fit_BGD cell uses the same helper for each mini-batch (index batches from range(0, n, batch_size), slices
X[i:i + batch_size], the last one partial), keeping the epoch's batch losses in a torch tensor it averages with
.mean().item(). The gradient is zeroed after each update, so no old gradient enters a step: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
from contextlib import contextmanager


@contextmanager
def stepping(*params):
    """Update the parameters inside the block; afterwards their gradients are zeroed."""
    with torch.no_grad():
        yield
    for p in params:
        p.grad.zero_()


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with stepping(weight, bias):
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        losses[epoch] = loss.item()
    return losses
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        batch_losses = torch.zeros(0)
        for i in range(0, len(X), batch_size):
            loss = loss_func(model(X[i:i + batch_size], weight, bias), Y[i:i + batch_size])
            loss.backward()
            with stepping(weight, bias):
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            batch_losses = torch.cat([batch_losses, loss.detach().reshape(1)])
        losses[epoch] = batch_losses.mean().item()
    return losses
''',
}
