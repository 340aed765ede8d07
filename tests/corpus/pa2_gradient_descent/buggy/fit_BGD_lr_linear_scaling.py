"""fit_BGD applies the 'linear scaling rule' it read about: the step of each batch is lr * batch_size / len(X) times
its gradient ('smaller batches need smaller steps'), so no update is -lr * gradient. Batches (torch.split, last
partial), one update per batch and the logged mean of batch losses are right: returns 6, batches 8, update 0,
loss 6 -> 20. The message should say the steps are too small by a constant factor (batch_size / n)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    step = lr * batch_size / len(X)      # scale the learning rate with the batch size
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= step * weight.grad
                bias -= step * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
