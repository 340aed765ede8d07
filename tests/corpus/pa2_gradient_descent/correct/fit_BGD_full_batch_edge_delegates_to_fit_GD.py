"""fit_BGD hands the one case where mini-batches ARE the full batch to the student's fit_GD: if batch_size >= len(X)
there is a single batch of all n points per epoch, so mini-batch gradient descent is exactly full-batch gradient
descent, and fit_BGD returns fit_GD(model, loss_func, X, Y, lr, num_epochs) (each epoch loss is then the one
batch's loss, the mean of one batch loss). Otherwise it runs its own loop over index batches,
torch.arange(n).split(batch_size) (last one partial), with X[idx], Y[idx], one update per batch through
p.add_(p.grad, alpha=-lr) under no_grad and grads reset to None, and the epoch mean of the batch losses via
statistics.fmean. fit_GD itself is a while loop over an epoch counter. Both paths are right for every
batch_size >= 1: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    epoch = 0
    while epoch < num_epochs:
        loss = loss_func(model(X, weight, bias), Y)
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            for p in (weight, bias):
                p.add_(p.grad, alpha=-lr)
                p.grad = None
        epoch += 1
    return np.array(losses)
''',
    "fit_BGD_answer": '''
import statistics


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    if batch_size >= n:
        # one batch holding all the data: that is full-batch gradient descent
        return fit_GD(model, loss_func, X, Y, lr, num_epochs)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for idx in torch.arange(n).split(batch_size):
            loss = loss_func(model(X[idx], weight, bias), Y[idx])
            loss.backward()
            with torch.no_grad():
                for p in (weight, bias):
                    p.add_(p.grad, alpha=-lr)
                    p.grad = None
            batch_losses.append(loss.item())
        losses.append(statistics.fmean(batch_losses))
    return np.array(losses)
''',
}
