"""Pre-allocated np.zeros result filled per epoch, randn(1).requires_grad_() init, torch.pow loss, copy_() update, dashed plots with explicit x: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return weight * data + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.mean(torch.pow(y_pred - y_true, 2))
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.randn(1).requires_grad_()
    bias = torch.randn(1).requires_grad_()
    losses = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        losses[epoch] = loss.item()
        loss.backward()
        with torch.no_grad():
            weight.copy_(weight - lr * weight.grad)
            bias.copy_(bias - lr * bias.grad)
            weight.grad.zero_()
            bias.grad.zero_()
    return losses
''',
    "plot_GD_answer": '''
epochs = np.arange(len(loss_GD))
plt.plot(epochs, loss_GD, linestyle="--", marker=".")
plt.xlabel("Epoch number")
plt.ylabel("Loss value")
plt.title("GD: loss over the epochs")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.randn(1).requires_grad_()
    bias = torch.randn(1).requires_grad_()
    n = X.shape[0]
    n_batches = (n + batch_size - 1) // batch_size   # last batch may be smaller
    losses = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        batch_losses = np.zeros(n_batches)
        for b in range(n_batches):
            start = b * batch_size
            end = min(start + batch_size, n)
            loss = loss_func(model(X[start:end], weight, bias), Y[start:end])
            batch_losses[b] = loss.item()
            loss.backward()
            with torch.no_grad():
                weight.copy_(weight - lr * weight.grad)
                bias.copy_(bias - lr * bias.grad)
                weight.grad.zero_()
                bias.grad.zero_()
        losses[epoch] = batch_losses.mean()
    return losses
''',
    "plot_BGD_answer": '''
epochs = np.arange(len(loss_BGD))
plt.plot(epochs, loss_BGD, linestyle="--", marker=".")
plt.xlabel("Epoch number")
plt.ylabel("Mean batch loss")
plt.title("Mini-batch GD: loss over the epochs")
plt.show()
''',
    "discussion": '''
Mini-batch training pays off when the data set is large or streamed: we can update after every few samples instead of after a whole pass, and memory use stays bounded.
With 200 points the full gradient is instant, so the extra noise of mini-batches is not needed.
''',
}
