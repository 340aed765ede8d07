"""torch.addcmul model, torch.mean(torch.square(...)) loss, randn init, sub_() updates, grads reset with grad = None, torch.randperm shuffled batches, semilogy plots: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    # addcmul computes bias + data * weight
    return torch.addcmul(bias, data, weight)
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.mean(torch.square(y_pred - y_true))
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
        weight.grad = None
        bias.grad = None
    return np.array(losses)
''',
    "plot_GD_answer": '''
plt.semilogy(loss_GD)
plt.xlabel("Epoch")
plt.ylabel("Loss (log scale)")
plt.title("Full-batch GD")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    n = X.size(0)
    losses = []
    for epoch in range(num_epochs):
        perm = torch.randperm(n)  # new order every epoch
        running = []
        for i in range(0, n, batch_size):
            idx = perm[i:i + batch_size]
            loss = loss_func(model(X[idx], weight, bias), Y[idx])
            running.append(loss.item())
            loss.backward()
            with torch.no_grad():
                weight.sub_(lr * weight.grad)
                bias.sub_(lr * bias.grad)
            weight.grad = None
            bias.grad = None
        losses.append(sum(running) / len(running))
    return np.array(losses)
''',
    "plot_BGD_answer": '''
plt.semilogy(loss_BGD)
plt.xlabel("Epoch")
plt.ylabel("Loss (log scale)")
plt.title("Mini-batch GD (shuffled)")
plt.show()
''',
    "discussion": '''
When the training set is large, mini-batches let us update the parameters many times per epoch at a fraction of the cost of a full-batch gradient.
Shuffling the batches each epoch keeps the gradient estimates unbiased; for a small, clean data set the full batch converges smoothly and is simpler.
''',
}
