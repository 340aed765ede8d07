"""Returns np.array(..., dtype=np.float32), records loss.item() before backward, ceil number of batches with min() end index, y_true - y_pred order in the loss, legend plots: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return torch.mul(data, weight) + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.mean((y_true - y_pred) ** 2)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss_value = loss.item()
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.data.zero_()
        bias.grad.data.zero_()
        losses.append(loss_value)
    return np.array(losses, dtype=np.float32)
''',
    "plot_GD_answer": '''
plt.plot(loss_GD, label="training loss")
plt.legend()
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Gradient descent (lr = 0.01)")
plt.show()
''',
    "fit_BGD_answer": '''
import math

def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    n = len(X)
    num_batches = math.ceil(n / batch_size)
    losses = []
    for epoch in range(num_epochs):
        total = 0.0
        for b in range(num_batches):
            lo = b * batch_size
            hi = min(lo + batch_size, n)
            loss = loss_func(model(X[lo:hi], weight, bias), Y[lo:hi])
            total += loss.item()
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.data.zero_()
            bias.grad.data.zero_()
        losses.append(total / num_batches)
    return np.array(losses, dtype=np.float32)
''',
    "plot_BGD_answer": '''
plt.plot(loss_BGD, label="training loss (mean of batches)")
plt.legend()
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Mini-batch gradient descent (batch size 10)")
plt.show()
''',
    "discussion": '''
Mini-batches are a compromise between full-batch GD (exact but slow steps) and pure SGD (very fast but very noisy steps).
I would use them for any data set that is too large to process in one go, and whenever hardware can process a batch in parallel for about the cost of one sample.
''',
}
