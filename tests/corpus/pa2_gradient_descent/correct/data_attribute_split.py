"""Updates through .data, torch.rand init, torch.add/torch.mul model, F.mse_loss, torch.split batches, OO matplotlib plots: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return torch.add(torch.mul(data, weight), bias)
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return F.mse_loss(y_pred, y_true)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    loss_history = []
    for _ in range(num_epochs):
        y_hat = model(X, weight, bias)
        loss = loss_func(y_hat, Y)
        loss.backward()
        # update the raw tensors so autograd does not track it
        weight.data = weight.data - lr * weight.grad.data
        bias.data = bias.data - lr * bias.grad.data
        weight.grad.data.zero_()
        bias.grad.data.zero_()
        loss_history.append(loss.item())
    return np.array(loss_history)
''',
    "plot_GD_answer": '''
fig, ax = plt.subplots()
ax.plot(loss_GD)
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("GD training loss")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    loss_history = []
    for _ in range(num_epochs):
        epoch_losses = []
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            weight.data -= lr * weight.grad.data
            bias.data -= lr * bias.grad.data
            weight.grad.data.zero_()
            bias.grad.data.zero_()
            epoch_losses.append(loss.item())
        loss_history.append(np.mean(epoch_losses))
    return np.array(loss_history)
''',
    "plot_BGD_answer": '''
fig, ax = plt.subplots()
ax.plot(loss_BGD)
ax.set_xlabel("epoch")
ax.set_ylabel("average batch loss")
ax.set_title("Mini-batch GD training loss")
plt.show()
''',
    "discussion": '''
I would use mini-batches for big data sets: computing the loss over every sample before each update gets slow, while a batch gives a good enough estimate of the gradient.
The noise from the batches can even help to escape flat regions, but the batch size becomes another hyper-parameter to tune.
''',
}
