"""R habits: fit_BGD makes its batches as R's split(seq_len(n), ceiling(seq_len(n) / batch_size)): a 1-based position vector torch.arange(1, n + 1) (in float64, so 200 / 10 is exact), group = ceil(position / batch_size), and for g = 1..max(group) the boolean mask group == g selects the rows (X[mask], Y[mask]); that is exactly the consecutive batches of batch_size, last one partial. fit_GD is written like vapply(seq_len(num_epochs), step, numeric(1)): a closure `step` makes one full-data update and returns the loss it computed before it, and np.fromiter(map(step, range(num_epochs)), float, count=num_epochs) calls it once per epoch in order. plot_GD is R's plot(type = 'b') in matplotlib ('o-'), labelled and titled. All correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)

    def step(epoch):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
        weight.grad.zero_()
        bias.grad.zero_()
        return loss.item()

    # vapply(seq_len(num_epochs), step, numeric(1))
    return np.fromiter(map(step, range(num_epochs)), dtype=float, count=num_epochs)
''',
    "plot_GD_answer": r'''
# plot(seq_along(loss_GD), loss_GD, type = "b", xlab = "Epoch", ylab = "MSE", main = ...)
epoch = np.arange(1, len(loss_GD) + 1)
plt.plot(epoch, loss_GD, "o-")
plt.xlabel("Epoch")
plt.ylabel("MSE")
plt.title("Full-batch gradient descent")
plt.show()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = X.shape[0]
    position = torch.arange(1, n + 1, dtype=torch.float64)          # seq_len(n)
    group = torch.ceil(position / batch_size).long()                  # ceiling(seq_len(n) / batch_size)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    out = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        batch_losses = []
        for g in range(1, int(group.max()) + 1):
            mask = group == g
            loss = loss_func(model(X[mask], weight, bias), Y[mask])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        out[epoch] = np.mean(batch_losses)                            # mean(unlist(...))
    return out
''',
}
