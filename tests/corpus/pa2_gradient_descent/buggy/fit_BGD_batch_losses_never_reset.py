"""fit_BGD creates its list of batch losses once, before the epoch loop, and never empties it: epoch e reports the mean of ALL batch losses so far (a cumulative mean). The first epoch is right, the later ones are not; batches and updates are right: returns 6, batches 8, update 10, loss 0 -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    batch_losses = []
    for epoch in range(num_epochs):
        for xb, yb in zip(X.split(batch_size), Y.split(batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
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
