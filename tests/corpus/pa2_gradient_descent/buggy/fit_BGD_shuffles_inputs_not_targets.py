"""fit_BGD shuffles X but not Y each epoch: batches pair inputs with the wrong targets, so the updates and the losses are wrong; the batching is right (30 - 10 - 6 = 14)."""
EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 14, "plot_BGD": 5, "discussion": None}
ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        Xs = X[torch.randperm(len(X))]
        batch_losses = []
        for xb, yb in zip(torch.split(Xs, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_(); bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
