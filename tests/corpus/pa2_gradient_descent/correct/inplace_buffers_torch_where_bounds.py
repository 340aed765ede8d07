"""In-place operations only on tensors autograd does not need, and masks instead of ifs: fit_GD writes each epoch's loss into a pre-allocated float64 torch buffer (history[epoch] = loss.detach()) and returns history.numpy(). fit_BGD computes the batch ends without an if, ends = torch.where(starts + batch_size > n, n, starts + batch_size) (last batch partial), keeps a 0-d float64 accumulator it resets with acc.zero_() and grows with acc.add_(loss.detach()), and stores acc / K into its buffer; the updates are in place under no_grad and the gradients are zeroed in place. Nothing autograd needs is ever modified in place: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = torch.empty(num_epochs, dtype=torch.float64)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        history[epoch] = loss.detach()          # in place, but on a buffer autograd never sees
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
        weight.grad.zero_()
        bias.grad.zero_()
    return history.numpy()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    starts = torch.arange(0, n, batch_size)
    ends = torch.where(starts + batch_size > n, n, starts + batch_size)   # no if for the short last batch
    bounds = list(zip(starts.tolist(), ends.tolist()))
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = torch.zeros(num_epochs, dtype=torch.float64)
    acc = torch.zeros((), dtype=torch.float64)
    for epoch in range(num_epochs):
        acc.zero_()
        for lo, hi in bounds:
            loss = loss_func(model(X[lo:hi], weight, bias), Y[lo:hi])
            loss.backward()
            acc.add_(loss.detach())
            with torch.no_grad():
                weight.sub_(lr * weight.grad)
                bias.sub_(lr * bias.grad)
            weight.grad.zero_()
            bias.grad.zero_()
        history[epoch] = acc / len(bounds)
    return history.numpy()
''',
}
