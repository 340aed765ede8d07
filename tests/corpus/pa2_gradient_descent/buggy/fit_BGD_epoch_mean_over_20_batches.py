"""Slip (hard-coded count): fit_BGD trains exactly like the reference (torch.split batches, last one partial, one update per batch, grads zeroed, batch losses logged before each update) but averages the epoch's batch losses with `sum(batch_losses) / 20`, the notebook's number of batches (200 points / 10). In the notebook's run that is the mean; with any other number of batches (the grader's data have 4 to 10 batches per epoch) every epoch loss is scaled by K / 20. Only the reported epoch loss is wrong: returns 6, batches 8, update 10, loss 0 -> 24. The message should say the epoch loss is not the mean of the batch losses."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / 20)  # 20 batches per epoch
    return np.array(losses)
''',
}
