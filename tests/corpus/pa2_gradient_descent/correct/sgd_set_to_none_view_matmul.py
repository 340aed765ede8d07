"""Model as data @ weight.view(1, 1) + bias, SGD with zero_grad(set_to_none=True), np.random.permutation index batches, plt.subplot plots: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    # (n, 1) @ (1, 1) keeps the (n, 1) shape
    return data @ weight.view(1, 1) + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return F.mse_loss(y_pred, y_true)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    losses = []
    for epoch in range(num_epochs):
        optimizer.zero_grad(set_to_none=True)
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_GD_answer": '''
plt.subplot(1, 1, 1)
plt.plot(loss_GD, "k-")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("GD loss")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    n = X.shape[0]
    losses = []
    for epoch in range(num_epochs):
        idx = torch.from_numpy(np.random.permutation(n))
        batch_losses = []
        for start in range(0, n, batch_size):
            batch = idx[start:start + batch_size]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_func(model(X[batch], weight, bias), Y[batch])
            loss.backward()
            optimizer.step()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
    "plot_BGD_answer": '''
plt.subplot(1, 1, 1)
plt.plot(loss_BGD, "k-")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Mini-batch GD loss")
plt.show()
''',
    "discussion": '''
When the data no longer fits comfortably in memory, or when a single pass over it is slow, mini-batches let us train with many inexpensive updates.
The noise of the batch gradient usually does not hurt (and can help generalisation); full batches are only worth it for small problems like this one.
''',
}
