"""Beginner slip (off-by-one): fit_BGD counts its batches as n // batch_size + 1 ('round up'), which is one too many whenever batch_size divides n: the extra last batch X[n:n + batch_size] is EMPTY, its MSE is nan (mean of nothing) and its gradient is 0, so the parameters do not move, but the nan poisons the epoch mean. With a partial last batch the count is right. Training is otherwise right (every point once per epoch, one -lr * gradient step per real batch); the returned losses are nan whenever batch_size divides n (the notebook's 200 / 10 too). Returns 0 (non-finite values), batches 8, update 10, loss 0 -> 18. The message should point at the nan / empty batch."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 18, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    num_batches = n // batch_size + 1   # round up so the last smaller batch is used
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for k in range(num_batches):
            x_batch = X[k * batch_size:(k + 1) * batch_size]
            y_batch = Y[k * batch_size:(k + 1) * batch_size]
            loss = loss_func(model(x_batch, weight, bias), y_batch)
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
