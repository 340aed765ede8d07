"""fit_BGD loops `for start in range(0, len(X) - batch_size, batch_size)`: the stop is one batch too early, so the last batch (full when batch_size divides n, the partial remainder and more otherwise) is never used. Each step is right for its batch and the epoch loss is the mean of the batch losses it computed: returns 6, batches 0, update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for start in range(0, len(X) - batch_size, batch_size):
            xb = X[start:start + batch_size]
            yb = Y[start:start + batch_size]
            loss = loss_func(model(xb, weight, bias), yb)
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
