"""fit_BGD slices X[:batch_size] at every step, so it always trains on the first batch: returns 6, batches 0, update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    n = X.shape[0]
    losses = []
    num_batches = (n + batch_size - 1) // batch_size
    for epoch in range(num_epochs):
        batch_losses = []
        for b in range(num_batches):
            x_batch = X[:batch_size]
            y_batch = Y[:batch_size]
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
