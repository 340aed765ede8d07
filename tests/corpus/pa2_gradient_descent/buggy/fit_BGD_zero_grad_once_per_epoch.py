"""fit_BGD zeroes the gradients once per EPOCH (before the batch loop) instead of after every batch: within an epoch each step uses the sum of that epoch's batch gradients so far (the first batch of each epoch steps right). Batches (torch.split, last partial) and the logged mean of batch losses are right: returns 6, batches 8, update 0, loss 6 -> 20. The message should say the gradients are not zeroed between updates."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        if weight.grad is not None:      # fresh gradients for the new epoch
            weight.grad.zero_()
            bias.grad.zero_()
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
