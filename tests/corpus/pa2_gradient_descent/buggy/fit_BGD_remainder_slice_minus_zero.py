"""Slip (negative zero index): fit_BGD takes the full batches from X[:n - rest] and then the remainder as
X[-rest:], Y[-rest:] with rest = n % batch_size, without checking that rest is not 0. When batch_size divides n,
rest is 0 and X[-0:] is X[0:], ALL the data: every epoch makes one extra update on the whole data set after its
n / batch_size batches (40 points in batches of 8: five batches of 8 and one of 40). When batch_size does not divide
n it is the reference. Every update is -lr * the gradient of the rows it used, and the epoch loss is the mean of
the epoch's batch losses (the extra batch included). Returns 6, batches 0, update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    rest = n % batch_size
    batches = list(zip(torch.split(X[:n - rest], batch_size), torch.split(Y[:n - rest], batch_size)))
    batches.append((X[-rest:], Y[-rest:]))      # the short last batch
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in batches:
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
