"""Randomness through a LOCAL torch.Generator: fit_GD and fit_BGD each make their own generator, seeded with one
number drawn from the global RNG (int(torch.randint(2**62, ()))), so the notebook's torch.manual_seed(1) / (2) still
make the run reproducible while every call draws fresh numbers. The generator gives the initial weight and bias
(torch.rand(1, generator=g)) and, in fit_BGD, a new torch.randperm(n, generator=g) every epoch, cut into batches of
batch_size with .split (the last one partial). The notebook allows any initialisation and a shuffled order each
epoch; each update is -lr * the gradient of its batch (all the data in fit_GD), gradients are set to None after each
step, and the logged losses are taken before the updates (epoch mean of the batch losses). Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent; the initial parameters come from a generator of its own."""
    g = torch.Generator().manual_seed(int(torch.randint(2**62, ())))
    weight = torch.rand(1, generator=g).requires_grad_()
    bias = torch.rand(1, generator=g).requires_grad_()
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad = None
        bias.grad = None
        losses.append(loss.item())
    return np.array(losses)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent, a fresh random order of the points every epoch."""
    g = torch.Generator().manual_seed(int(torch.randint(2**62, ())))
    weight = torch.rand(1, generator=g).requires_grad_()
    bias = torch.rand(1, generator=g).requires_grad_()
    n = X.shape[0]
    losses = []
    for _ in range(num_epochs):
        order = torch.randperm(n, generator=g)
        batch_losses = []
        for rows in order.split(batch_size):
            loss = loss_func(model(X[rows], weight, bias), Y[rows])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad = None
            bias.grad = None
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
