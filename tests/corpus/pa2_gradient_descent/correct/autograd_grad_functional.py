"""Gradients from torch.autograd.grad (no .grad buffers), parameters rebuilt with detach().requires_grad_(), method-chained model, .pow(2) loss, OO plot with ax.set(...): fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return data.mul(weight).add(bias)
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return (y_pred - y_true).pow(2).mean()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    w = torch.zeros(1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    out = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, w, b), Y)
        grad_w, grad_b = torch.autograd.grad(loss, [w, b])
        w = (w - lr * grad_w).detach().requires_grad_()
        b = (b - lr * grad_b).detach().requires_grad_()
        out.append(loss.item())
    return np.array(out)
''',
    "plot_GD_answer": '''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, color="tab:red", linewidth=2)
ax.set(xlabel="Epoch", ylabel="Mean squared error", title="Full-batch gradient descent")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    w = torch.zeros(1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    out = []
    for epoch in range(num_epochs):
        batch_losses = []
        for idx in torch.arange(len(X)).split(batch_size):
            loss = loss_func(model(X[idx], w, b), Y[idx])
            grad_w, grad_b = torch.autograd.grad(loss, [w, b])
            w = (w - lr * grad_w).detach().requires_grad_()
            b = (b - lr * grad_b).detach().requires_grad_()
            batch_losses.append(loss.item())
        out.append(np.mean(batch_losses))
    return np.array(out)
''',
    "plot_BGD_answer": '''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, color="tab:blue", linewidth=2)
ax.set(xlabel="Epoch", ylabel="Mean squared error", title="Mini-batch gradient descent")
plt.show()
''',
    "discussion": '''
Mini-batches are the practical choice for large data sets and deep networks, because the cost of one step no longer grows with the size of the data set.
For a small convex problem like this linear regression, full-batch gradient descent is cheap and gives a smooth, monotone loss curve, so batching brings little.
''',
}
