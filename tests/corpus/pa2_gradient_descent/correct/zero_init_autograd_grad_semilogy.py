"""Zero initialisation, a while loop, torch.autograd.grad with new leaves each step, float(loss), a float32 array, torch.addcmul for the model, a sum over numel for the loss, semilogy plots from epoch 0: fully correct."""
EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}
ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return torch.addcmul(bias, data, weight)
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    diff = y_pred - y_true
    return (diff * diff).sum() / diff.numel()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    epoch = 0
    while epoch < num_epochs:
        loss = loss_func(model(X, weight, bias), Y)
        gw, gb = torch.autograd.grad(loss, [weight, bias])
        weight = (weight - lr * gw).detach().requires_grad_()
        bias = (bias - lr * gb).detach().requires_grad_()
        losses.append(float(loss))
        epoch += 1
    return np.asarray(losses, dtype=np.float32)
''',
    "plot_GD_answer": '''
fig, ax = plt.subplots()
ax.semilogy(range(len(loss_GD)), loss_GD)
ax.set_xlabel("iteration")
ax.set_ylabel("MSE loss")
ax.set_title("GD training loss")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    history = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        total, count = 0.0, 0
        for start in range(0, X.shape[0], batch_size):
            xb, yb = X[start:start + batch_size], Y[start:start + batch_size]
            loss = loss_func(model(xb, weight, bias), yb)
            gw, gb = torch.autograd.grad(loss, (weight, bias))
            with torch.no_grad():
                weight = weight - lr * gw
                bias = bias - lr * gb
            weight.requires_grad_(True); bias.requires_grad_(True)
            total += loss.item(); count += 1
        history[epoch] = total / count
    return history
''',
    "plot_BGD_answer": '''
plt.figure(figsize=(5, 3))
plt.semilogy(loss_BGD, "r.-")
plt.xlabel("epoch number")
plt.ylabel("mean squared error")
plt.title("Mini-batch GD")
plt.show()
''',
}
