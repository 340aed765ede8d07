"""Keeps weight and bias in one tensor params = zeros(2) and passes slices to the model, mean of d*d loss, '-^' plots: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return data.mul(weight) + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    d = y_pred - y_true
    return torch.mean(d * d)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    params = torch.zeros(2, requires_grad=True)   # [weight, bias]
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, params[0:1], params[1:2]), Y)
        loss.backward()
        with torch.no_grad():
            params -= lr * params.grad
        params.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_GD_answer": '''
plt.plot(loss_GD, "-^")
plt.xlabel("Iteration (epoch)")
plt.ylabel("Loss")
plt.title("Gradient descent")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    params = torch.zeros(2, requires_grad=True)   # [weight, bias]
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for i in range(0, X.shape[0], batch_size):
            loss = loss_func(model(X[i:i + batch_size], params[0:1], params[1:2]), Y[i:i + batch_size])
            loss.backward()
            with torch.no_grad():
                params -= lr * params.grad
            params.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
    "plot_BGD_answer": '''
plt.plot(loss_BGD, "-^")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Mini-batch gradient descent")
plt.show()
''',
    "discussion": '''
Mini-batches are the right tool when the data set is large: we can update the weights many times per epoch and never need the whole data in memory at once.
For small data, full-batch descent is exact and stable, so I would only switch to batches once the full gradient becomes costly.
''',
}
