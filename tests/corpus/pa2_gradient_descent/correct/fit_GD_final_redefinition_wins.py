"""The fit_GD cell still holds the student's first draft, def fit_GD(...) that never zeroes the gradients (commented '# v1, buggy: loss goes up'), followed by the fixed version, again def fit_GD(...), below it. Python keeps the last definition, which is the reference's loop with a torch.optim.SGD optimizer: full marks (the dead draft is never called)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
# v1, buggy: loss goes up after a few epochs (kept for my notes)
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        losses.append(loss.item())
    return np.array(losses)


# v2: fixed, zero the gradients every epoch (the optimizer does it)
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    losses = []
    for _ in range(num_epochs):
        optimizer.zero_grad()
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return np.array(losses)
''',
}
