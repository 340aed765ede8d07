"""One slip shared by two parts (numerics of the record). The fit_GD cell defines a helper both fits use to record a
loss, record(loss) = round(loss.item(), 2) ('two decimals are plenty for a loss curve'); fit_GD appends record(loss)
each epoch, and fit_BGD (written later in the same style) appends record(loss) for every batch and averages those.
Training is right in both (fit_GD: one full-data step per epoch; fit_BGD: torch.split batches, last one partial, one
step per batch; grads zeroed; losses taken before the steps). But the returned numbers are not the losses: rounded to
0.01, which near the noise floor (losses of about 0.25 and below) is an error of up to 2 % (and a loss under 0.005
becomes 0.0). The notebook asks to record the loss as a Python number, loss.item(), and the README's loss criterion
wants the loss of each epoch: loss lost in both. fit_GD: returns 6, batches 8, update 10, loss 0 -> 24; fit_BGD:
returns 6, batches 8, update 10, loss 0 -> 24. (If a grader's losses stay large, e.g. above 5, rounding to 0.01 is
within 1e-3 relative and it may not see it.)"""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 24, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def record(loss):
    """The loss as a short Python number for the history (two decimals are plenty for a loss curve)."""
    return round(loss.item(), 2)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        history.append(record(loss))
    return np.array(history, dtype=float)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(record(loss))
        history.append(sum(batch_losses) / len(batch_losses))
    return np.array(history, dtype=float)
''',
}
