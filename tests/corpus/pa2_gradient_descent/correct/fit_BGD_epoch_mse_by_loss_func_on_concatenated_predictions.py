"""fit_BGD reports the exact epoch MSE by calling the GIVEN loss_func once more at the end of each epoch: it keeps
every batch's predictions (pred.detach(), taken before that batch's update) and targets, and under torch.no_grad()
evaluates loss_func(torch.cat(predictions), torch.cat(targets)), the mean of all n squared errors of the epoch,
i.e. the batch losses weighted by batch size (README: both epoch losses are accepted). The extra loss call is not
a forward pass of the model and trains nothing. Training is the reference's (torch.split, last batch partial,
one update per batch, grads zeroed): full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        predictions, targets = [], []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            pred = model(x_batch, weight, bias)
            loss = loss_func(pred, y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            predictions.append(pred.detach())
            targets.append(y_batch)
        with torch.no_grad():  # the squared errors of the whole epoch, each before its batch's update
            losses.append(loss_func(torch.cat(predictions), torch.cat(targets)).item())
    return np.array(losses)
''',
}
