"""Slip (hard-coded batch size in ONE place): fit_BGD walks its batch starts with `range(0, len(X), 10)` (the notebook's batch_size typed in) but cuts each batch with the argument, X[start:start + batch_size]. With the notebook's batch_size = 10 this is exactly the reference. With any other batch_size the batches are wrong: smaller sizes leave gaps (points never used), larger ones overlap, and the number of batches per epoch is ceil(n / 10) instead of ceil(n / batch_size). Every step is still -lr * the gradient of the batch it used, and the epoch loss is the mean of the batch losses it logged. Like the corpus' fit_BGD_only_first_batch (wrong batches, honest steps): returns 6, batches 0, update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, len(X), 10):
            x_batch = X[start:start + batch_size]
            y_batch = Y[start:start + batch_size]
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
