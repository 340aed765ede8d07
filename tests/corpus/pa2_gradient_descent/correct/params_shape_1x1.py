"""Weight and bias created with shape (1, 1), loss as (diff * diff).mean(), while-loop batching, labels on the axes and the title via fig.suptitle: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return data * weight + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    diff = y_pred - y_true
    return (diff * diff).mean()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, 1, requires_grad=True)
    bias = torch.zeros(1, 1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_GD_answer": '''
fig, ax = plt.subplots()
ax.plot(loss_GD)
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss")
fig.suptitle("Training loss, gradient descent")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, 1, requires_grad=True)
    bias = torch.zeros(1, 1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        start = 0
        batch_losses = []
        while start < len(X):
            end = start + batch_size
            loss = loss_func(model(X[start:end], weight, bias), Y[start:end])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
            start = end
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
    "plot_BGD_answer": '''
fig, ax = plt.subplots()
ax.plot(loss_BGD)
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss")
fig.suptitle("Training loss, mini-batch gradient descent")
plt.show()
''',
    "discussion": '''
Mini-batch gradient descent is useful when there is a lot of data: one update does not have to wait for the whole data set, and the batch fits in memory.
The price is a noisier loss curve, so with only a couple hundred points I would keep full-batch descent.
''',
}
