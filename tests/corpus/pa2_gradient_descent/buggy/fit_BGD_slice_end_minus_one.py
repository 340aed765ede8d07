"""fit_BGD slices each batch as X[start:start + batch_size - 1], thinking of an inclusive end index: every batch
holds batch_size - 1 points and the last point of every full batch is never used (a partial last batch keeps all
its points). Not every point is used once per epoch: batches 0. Each step is right for the batch it used, epoch loss = mean of its batch losses:
returns 6, batches 0, update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for start in range(0, n, batch_size):
            end = start + batch_size - 1          # last index of the batch
            x_batch, y_batch = X[start:end], Y[start:end]
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
                weight.grad.zero_()
                bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
