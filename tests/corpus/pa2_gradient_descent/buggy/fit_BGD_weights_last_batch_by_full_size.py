"""fit_BGD wants the exact epoch MSE but weights every batch loss by the NOMINAL batch_size: total +=
loss.item() * batch_size, then total / len(X). That is the exact MSE only when batch_size divides n; with a
partial last batch the short batch is over-weighted (30 points in batches of 7: the batch of 2 counts as 7) and
the 'mean' is neither the mean of the batch losses nor the size-weighted one. Training itself is right
(torch.split batches, one update per batch, grads zeroed). Returns 6, batches 8, update 10, loss 0 -> 24. The
message should say the epoch loss is wrong (not the mean of the batch losses)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        total = 0.0
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            total += loss.item() * batch_size      # sum of squared errors of this batch
        losses.append(total / len(X))              # exact MSE of the epoch
    return np.array(losses)
''',
}
