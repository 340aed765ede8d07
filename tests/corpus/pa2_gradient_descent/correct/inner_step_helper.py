"""Uses an inner helper function for one gradient step, weight * data + bias * ones_like(data) model, torch.pow loss, OO plots with log y-scale via ax.set_yscale: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return weight * data + bias * torch.ones_like(data)
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    n = y_pred.shape[0]
    return torch.pow(y_pred - y_true, 2).sum() / n
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)

    def step(x, y):
        loss = loss_func(model(x, weight, bias), y)
        loss.backward()
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
        weight.grad.zero_()
        bias.grad.zero_()
        return loss.item()

    return np.array([step(X, Y) for _ in range(num_epochs)])
''',
    "plot_GD_answer": '''
fig, ax = plt.subplots()
ax.plot(range(1, len(loss_GD) + 1), loss_GD)
ax.set_yscale("log")
ax.set_xlabel("epoch")
ax.set_ylabel("loss (log)")
ax.set_title("GD convergence")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)

    def step(x, y):
        loss = loss_func(model(x, weight, bias), y)
        loss.backward()
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
        weight.grad.zero_()
        bias.grad.zero_()
        return loss.item()

    result = []
    for epoch in range(num_epochs):
        batch_losses = [step(X[i:i + batch_size], Y[i:i + batch_size])
                        for i in range(0, len(X), batch_size)]
        result.append(sum(batch_losses) / len(batch_losses))
    return np.array(result)
''',
    "plot_BGD_answer": '''
fig, ax = plt.subplots()
ax.plot(range(1, len(loss_BGD) + 1), loss_BGD)
ax.set_yscale("log")
ax.set_xlabel("epoch")
ax.set_ylabel("loss (log)")
ax.set_title("Mini-batch GD convergence")
plt.show()
''',
    "discussion": '''
Use mini-batches when the data set is large enough that a full pass per update is too slow. Mini-batch updates are cheaper and more frequent, and vectorised hardware processes a batch almost as fast as a single sample.
With very little data (as here), the full batch is fine and has no sampling noise.
''',
}
