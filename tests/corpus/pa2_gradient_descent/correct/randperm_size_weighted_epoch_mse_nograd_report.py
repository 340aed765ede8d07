"""Shuffled mini-batches with the size-weighted epoch loss, plus an end-of-epoch report computed without gradients.
fit_BGD draws a fresh torch.randperm(n) each epoch from the global RNG, indexes X and Y with the SAME permutation,
cuts them with torch.split (last batch partial) and adds loss.item() * len(batch) to a Python float; the epoch loss is
that total / n, the size-weighted mean the notebook explicitly accepts. After each epoch (once per epoch, not per
batch), every max(1, num_epochs // 4) epochs, it prints the full-data loss of the current parameters, computed under
torch.no_grad() (nothing there needs gradients, and it is not what is returned). fit_GD is the reference with its
logging also done under torch.no_grad(). Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            losses.append(loss.item())
            weight -= lr * weight.grad
            bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
    return np.array(losses)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    report_every = max(1, num_epochs // 4)
    losses = []
    for epoch in range(num_epochs):
        perm = torch.randperm(n)
        Xs, Ys = X[perm], Y[perm]
        total = 0.0
        for xb, yb in zip(torch.split(Xs, batch_size), torch.split(Ys, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            total += loss.item() * len(xb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
        losses.append(total / n)
        if (epoch + 1) % report_every == 0:
            with torch.no_grad():
                now = loss_func(model(X, weight, bias), Y).item()
            print(f"epoch {epoch + 1}: epoch MSE {losses[-1]:.4f}, full-data loss now {now:.4f}")
    return np.array(losses)
''',
}
