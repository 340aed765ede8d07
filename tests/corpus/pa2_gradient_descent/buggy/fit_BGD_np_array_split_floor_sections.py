"""NumPy-first batching: fit_BGD cuts the row indices with np.array_split(np.arange(n), n // batch_size), i.e. it asks NumPy for floor(n / batch_size) SECTIONS rather than for pieces of batch_size. When batch_size divides n (the notebook's 200 / 10) this is exactly the reference; otherwise array_split spreads the remainder over the first sections (20 points, batch_size 6: three batches of 7, 7, 6 instead of 6, 6, 6, 2). Every point is used once per epoch and each update is an exact -lr * gradient step on its batch (update 10), the epoch loss is the mean of the batch losses (loss 6) and the return is a NumPy array of num_epochs (returns 6), but the batches are not the spec's K = ceil(n / batch_size) batches of batch_size points (batches 0). One slip, its own criterion: fit_BGD 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = X.shape[0]
    batches = np.array_split(np.arange(n), max(n // batch_size, 1))
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for idx in batches:
            rows = torch.from_numpy(idx)
            loss = loss_func(model(X[rows], weight, bias), Y[rows])
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
