"""In-place updates under torch.no_grad(), grad.zero_(), zero init, index-slicing batches, pyplot plots: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    # simple linear model y = w * x + b
    return data * weight + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return ((y_pred - y_true) ** 2).mean()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        predictions = model(X, weight, bias)
        loss = loss_func(predictions, Y)
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
plt.plot(loss_GD)
plt.xlabel("Epoch")
plt.ylabel("MSE loss")
plt.title("Loss of full-batch gradient descent")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    n = len(X)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for i in range(0, n, batch_size):
            x_batch = X[i:i + batch_size]
            y_batch = Y[i:i + batch_size]
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
    "plot_BGD_answer": '''
plt.plot(loss_BGD)
plt.xlabel("Epoch")
plt.ylabel("MSE loss (mean over batches)")
plt.title("Loss of mini-batch gradient descent")
plt.show()
''',
    "discussion": '''
Mini-batches are worth it when the data set is too large to compute the gradient on all of it at every step, or does not fit in memory.
Each update is cheaper and noisier, so we get many more updates per epoch; with a small data set like this one, full-batch gradient descent is simple and good enough.
''',
}
