"""Shuffles a copy of the data with randperm then torch.split for batches, SGD optimizer, multi-line model, errors**2 sum/numel loss, green plots with a figure size: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    out = weight * data
    out = out + bias
    return out
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    errors = y_pred - y_true
    return (errors ** 2).sum() / errors.numel()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    history = []
    for epoch in range(num_epochs):
        optimizer.zero_grad()
        y_pred = model(X, weight, bias)
        loss = loss_func(y_pred, Y)
        history.append(loss.item())
        loss.backward()
        optimizer.step()
    return np.array(history)
''',
    "plot_GD_answer": '''
plt.figure(figsize=(8, 5))
plt.plot(loss_GD, "g")
plt.xlabel("Epoch")
plt.ylabel("Training loss")
plt.title("GD")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    history = []
    for epoch in range(num_epochs):
        perm = torch.randperm(len(X))
        X_shuffled, Y_shuffled = X[perm], Y[perm]
        batch_losses = []
        for xb, yb in zip(torch.split(X_shuffled, batch_size), torch.split(Y_shuffled, batch_size)):
            optimizer.zero_grad()
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            optimizer.step()
            batch_losses.append(loss.item())
        history.append(sum(batch_losses) / len(batch_losses))
    return np.array(history)
''',
    "plot_BGD_answer": '''
plt.figure(figsize=(8, 5))
plt.plot(loss_BGD, "g")
plt.xlabel("Epoch")
plt.ylabel("Training loss")
plt.title("Mini-batch GD")
plt.show()
''',
    "discussion": '''
Mini-batches help when one gradient over all samples is expensive: large data sets, expensive models, or data that has to be streamed from disk.
They give more updates per epoch and some helpful noise; the full batch is better when the data is small and we want a deterministic, smooth descent.
''',
}
