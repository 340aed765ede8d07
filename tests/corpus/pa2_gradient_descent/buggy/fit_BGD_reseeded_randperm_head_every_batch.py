"""Randomness slip (re-seeding the global RNG where fresh numbers are needed): fit_BGD draws each batch as the first
batch_size entries of a random permutation, rows = torch.randperm(n)[:batch_size] ('a random batch without repeated
points'), and, for 'reproducible batches', calls torch.manual_seed(0) right before it, inside the batch loop. Every
draw then returns the SAME permutation, so all K = ceil(n / batch_size) updates of every epoch use the same
batch_size points; the other n - batch_size points are never trained on, and no batch is ever the short one. The
number of updates per epoch is right and each step is an honest -lr * gradient of the rows it used, epoch loss = mean
of its batch losses: returns 6, batches 0 (not every point once per epoch), update 10, loss 6 -> 22. It also resets
the caller's global RNG on every batch."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    num_batches = (n + batch_size - 1) // batch_size
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for _ in range(num_batches):
            torch.manual_seed(0)  # reproducible batches
            rows = torch.randperm(n)[:batch_size]
            loss = loss_func(model(X[rows], weight, bias), Y[rows])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
