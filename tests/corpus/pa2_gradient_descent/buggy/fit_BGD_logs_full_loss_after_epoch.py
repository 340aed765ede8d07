"""fit_BGD trains correctly but logs, for each epoch, the loss on ALL the data after the epoch's last update (an extra forward pass with autograd on): that pass is not an update, so returns 6, batches 8, update 10 hold; the logged loss is not the batches' loss before their updates (loss 0) -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    w = torch.randn(1, requires_grad=True)
    b = torch.randn(1, requires_grad=True)
    log = []
    for _ in range(num_epochs):
        for xb, yb in zip(X.split(batch_size), Y.split(batch_size)):
            loss = loss_func(model(xb, w, b), yb)
            loss.backward()
            with torch.no_grad():
                w -= lr * w.grad
                b -= lr * b.grad
            w.grad = None
            b.grad = None
        log.append(loss_func(model(X, w, b), Y).item())
    return np.array(log)
''',
}
