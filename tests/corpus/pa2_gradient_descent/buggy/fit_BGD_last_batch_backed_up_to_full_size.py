"""fit_BGD wants every batch to be full: when the last batch would be short it backs its start up to n - batch_size, so the last batch is the LAST batch_size points, overlapping the previous batch (30 points in batches of 7: the fifth batch re-uses 5 points of the fourth and the partial batch of 2 never exists). When batch_size divides n it is exactly right. Each step is right for the batch it used and the epoch loss is the mean of those batch losses: returns 6, batches 0 (not every point once per epoch, wrong last batch size), update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, n, batch_size):
            if start + batch_size > n:          # keep every batch full: back up the last one
                start = n - batch_size
            xb, yb = X[start:start + batch_size], Y[start:start + batch_size]
            loss = loss_func(model(xb, weight, bias), yb)
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
