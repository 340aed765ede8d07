"""MATLAB habit, one slip in fit_BGD: the batch index is computed MATLAB-style, first = (k-1)*bs + 1, last = min(k*bs, n) for k = 1..K, and translated to Python as X[first:last + 1]: the student made the end inclusive but forgot to subtract one from the 1-based start. Every batch is shifted by one row: row 0 is NEVER used, batches are rows 1..bs, bs+1..2bs, ..., and the last batch is one row shorter (rows 191..199 for 200/10, the single row 19 for 20/6). Each update is a correct -lr * gradient on the rows it used and the epoch loss is the mean of its batch losses; only the batches are wrong (not every point once per epoch, wrong sizes): returns 6, batches 0, update 10, loss 6 -> 22.

Graded 10, not 22: when n = (K - 1) * batch_size + 1 the shifted last batch is EMPTY (X[n:n + 1]); its mean loss
is nan, so is its gradient, and every parameter and loss after it: the returned losses are nan (returns and loss
lost with the batches); each step before is a right gradient step (update kept)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 10, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
import math


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = X.shape[0]
    K = math.ceil(n / batch_size)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for k in range(1, K + 1):
            first = (k - 1) * batch_size + 1     # MATLAB: idx = (k-1)*bs+1 : min(k*bs, n)
            last = min(k * batch_size, n)
            x_batch, y_batch = X[first:last + 1], Y[first:last + 1]
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
