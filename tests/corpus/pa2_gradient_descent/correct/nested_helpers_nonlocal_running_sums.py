"""Nested helpers with nonlocal accumulators that are reset where they should be. fit_BGD defines, inside itself,
train_on(x, y) (forward, backward, step under no_grad, grads set to None) and an epoch function run_epoch() that
starts its own running sum and count (total = 0.0; count = 0) and updates them through nonlocal in a nested
record(loss) helper: the accumulators belong to one epoch of one call, so nothing leaks between epochs or calls. The
epoch loss is total / count (the mean of the batch losses). fit_GD reuses the same pattern with one batch, the whole
data. Batches are index ranges, range(0, n, batch_size) with min(...) ends.
Plots draw each curve with plt.step(where='mid') plus markers (one point per epoch). Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)

    def train_on(x, y):
        loss = loss_func(model(x, weight, bias), y)
        loss.backward()
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
        weight.grad = None
        bias.grad = None
        return loss.item()

    return np.array([train_on(X, Y) for _ in range(num_epochs)])
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)

    def train_on(x, y):
        loss = loss_func(model(x, weight, bias), y)
        loss.backward()
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
        weight.grad = None
        bias.grad = None
        return loss.item()

    def run_epoch():
        total, count = 0.0, 0

        def record(value):
            nonlocal total, count
            total += value
            count += 1

        for start in range(0, n, batch_size):
            stop = min(start + batch_size, n)
            record(train_on(X[start:stop], Y[start:stop]))
        return total / count

    return np.array([run_epoch() for _ in range(num_epochs)])
''',
    "plot_GD_answer": '''
epochs = np.arange(1, len(loss_GD) + 1)
plt.figure()
plt.step(epochs, loss_GD, where="mid", marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
    "plot_BGD_answer": '''
epochs = np.arange(1, len(loss_BGD) + 1)
plt.figure()
plt.step(epochs, loss_BGD, where="mid", marker="s", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
