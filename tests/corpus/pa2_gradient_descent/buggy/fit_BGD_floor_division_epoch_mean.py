"""Beginner slip (integer arithmetic): fit_BGD averages the epoch's batch losses with FLOOR division, sum(batch_losses) // len(batch_losses) (the student mixed up // and /). Training is right (torch.split batches, last partial, one update per batch, grads zeroed), the array has num_epochs floats, but every epoch loss is rounded DOWN to a whole number (losses near the noise floor become 0.0). Returns 6, batches 8, update 10, loss 0 -> 24. The message should say the epoch losses are not the mean of the batch losses."""

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
        losses.append(sum(batch_losses) // len(batch_losses))
    return np.array(losses)
''',
}
