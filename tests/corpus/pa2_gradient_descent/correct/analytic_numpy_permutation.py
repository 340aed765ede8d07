"""Hand-computed gradients with in-place updates on plain tensors, np.random.permutation shuffling, F.mse_loss, OO semilogy plots: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return data * weight + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return F.mse_loss(y_pred, y_true)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.tensor([0.0])
    bias = torch.tensor([0.0])
    losses = []
    for epoch in range(num_epochs):
        pred = model(X, weight, bias)
        losses.append(loss_func(pred, Y).item())
        residual = pred - Y
        weight -= lr * 2 * torch.mean(residual * X)
        bias -= lr * 2 * torch.mean(residual)
    return np.array(losses)
''',
    "plot_GD_answer": '''
fig, ax = plt.subplots()
ax.semilogy(loss_GD)
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("GD (log-scale loss)")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.tensor([0.0])
    bias = torch.tensor([0.0])
    n = len(X)
    losses = []
    for epoch in range(num_epochs):
        order = torch.from_numpy(np.random.permutation(n))
        batch_losses = []
        for k in range(0, n, batch_size):
            idx = order[k:k + batch_size]
            xb, yb = X[idx], Y[idx]
            pred = model(xb, weight, bias)
            batch_losses.append(loss_func(pred, yb).item())
            residual = pred - yb
            weight -= lr * 2 * torch.mean(residual * xb)
            bias -= lr * 2 * torch.mean(residual)
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
    "plot_BGD_answer": '''
fig, ax = plt.subplots()
ax.semilogy(loss_BGD)
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("Mini-batch GD (log-scale loss)")
plt.show()
''',
    "discussion": '''
The full-batch gradient is exact but every step costs a full pass over the data. With a large data set I would rather use mini-batches:
the gradient estimate is noisy but cheap, memory use is bounded and we make progress after every batch. Here, with 200 points, either works.
''',
}
