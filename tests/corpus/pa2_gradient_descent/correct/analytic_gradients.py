"""No autograd at all: gradients of the MSE are computed by hand from the model predictions, loss written as sum/numel: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return bias + weight * data
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return ((y_pred - y_true) ** 2).sum() / y_pred.numel()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    # gradients of the mean squared error done by hand:
    # dL/dw = 2/n * sum((y_hat - y) * x),  dL/db = 2/n * sum(y_hat - y)
    weight = torch.zeros(1)
    bias = torch.zeros(1)
    n = X.shape[0]
    history = []
    for epoch in range(num_epochs):
        y_hat = model(X, weight, bias)
        loss = loss_func(y_hat, Y)
        error = y_hat - Y
        grad_w = 2 * (error * X).sum() / n
        grad_b = 2 * error.sum() / n
        weight = weight - lr * grad_w
        bias = bias - lr * grad_b
        history.append(float(loss))
    return np.array(history)
''',
    "plot_GD_answer": '''
plt.plot(loss_GD, "b-", label="GD")
plt.legend()
plt.xlabel("epoch")
plt.ylabel("training loss")
plt.title("GD with hand-computed gradients")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1)
    bias = torch.zeros(1)
    history = []
    for epoch in range(num_epochs):
        batch_losses = []
        for start in range(0, X.shape[0], batch_size):
            xb = X[start:start + batch_size]
            yb = Y[start:start + batch_size]
            y_hat = model(xb, weight, bias)
            batch_losses.append(float(loss_func(y_hat, yb)))
            error = y_hat - yb
            m = xb.shape[0]
            weight = weight - lr * 2 * (error * xb).sum() / m
            bias = bias - lr * 2 * error.sum() / m
        history.append(sum(batch_losses) / len(batch_losses))
    return np.array(history)
''',
    "plot_BGD_answer": '''
plt.plot(loss_BGD, "r-", label="mini-batch GD")
plt.legend()
plt.xlabel("epoch")
plt.ylabel("training loss")
plt.title("Mini-batch GD with hand-computed gradients")
plt.show()
''',
    "discussion": '''
Full-batch gradient descent needs one pass over all the data for a single step, which is wasteful when the data set is large and redundant.
Mini-batches give many cheaper (if noisier) steps per epoch, so they are the default for large data sets, while the full batch is fine for small problems like this 200-point one.
''',
}
