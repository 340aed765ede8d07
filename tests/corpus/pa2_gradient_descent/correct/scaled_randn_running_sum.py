"""Small random init via (0.1 * randn).requires_grad_(), torch.add model, torch.square(...).mean() loss, running sum/count per epoch, subplots with suptitle and 'x' markers: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return torch.add(data * weight, bias)
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.square(y_pred - y_true).mean()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = (0.1 * torch.randn(1)).requires_grad_()
    bias = (0.1 * torch.randn(1)).requires_grad_()
    history = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        history.append(loss.detach().item())
    print("final loss:", history[-1], "weight:", weight.item(), "bias:", bias.item())
    return np.asarray(history)
''',
    "plot_GD_answer": '''
fig, ax = plt.subplots()
ax.plot(loss_GD, marker="x")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
fig.suptitle("GD")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = (0.1 * torch.randn(1)).requires_grad_()
    bias = (0.1 * torch.randn(1)).requires_grad_()
    history = []
    for epoch in range(num_epochs):
        epoch_loss, count = 0.0, 0
        for i in range(0, len(X), batch_size):
            batch_X, batch_Y = X[i:i + batch_size], Y[i:i + batch_size]
            loss = loss_func(model(batch_X, weight, bias), batch_Y)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            epoch_loss += loss.item()
            count += 1
        history.append(epoch_loss / count)
    print("final loss:", history[-1])
    return np.asarray(history)
''',
    "plot_BGD_answer": '''
fig, ax = plt.subplots()
ax.plot(loss_BGD, marker="x")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
fig.suptitle("Mini-batch GD")
plt.show()
''',
    "discussion": '''
Mini-batches make sense for large data sets, where computing the exact gradient at every step would be too slow; a few dozen samples already point roughly downhill.
They also parallelise well on GPUs. For tiny data sets the full batch is simplest.
''',
}
