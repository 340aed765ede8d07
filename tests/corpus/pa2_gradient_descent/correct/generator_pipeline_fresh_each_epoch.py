"""Generator-minded student. fit_GD is a generator function descend(...) (a nested def) that yields the loss of each
epoch before its update, and fit_GD collects exactly num_epochs of them with np.fromiter(itertools.islice(...)); the
generator is created anew in every call of fit_GD. fit_BGD gets its batches from a generator FUNCTION,
batch_stream(X, Y, size), which it CALLS again in every epoch (a new generator each time, never a generator object
kept across epochs or calls), with the starts from itertools.count(0, size) cut by itertools.takewhile; each epoch loss
is statistics.fmean of its batch losses. model is the reference; loss_func is F.mse_loss (mean reduction). The plots pass both curves through one small helper that uses enumerate(values, start=1). Nothing is
consumed twice and nothing persists between calls: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return F.mse_loss(y_pred, y_true)
''',
    "fit_GD_answer": '''
import itertools


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    def descend(weight, bias):
        while True:
            loss = loss_func(model(X, weight, bias), Y)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            yield loss.item()

    params = torch.rand(1, requires_grad=True), torch.rand(1, requires_grad=True)
    return np.fromiter(itertools.islice(descend(*params), num_epochs), dtype=float, count=num_epochs)
''',
    "fit_BGD_answer": '''
import itertools
import statistics


def batch_stream(X, Y, size):
    """A new generator of consecutive (x, y) batches; the last one may be shorter."""
    n = len(X)
    for start in itertools.takewhile(lambda s: s < n, itertools.count(0, size)):
        yield X[start:start + size], Y[start:start + size]


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    epoch_losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in batch_stream(X, Y, batch_size):   # a fresh generator every epoch
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        epoch_losses.append(statistics.fmean(batch_losses))
    return np.array(epoch_losses)
''',
    "plot_GD_answer": '''
def plot_curve(values, title, ylabel="Loss (MSE)"):
    epochs, points = zip(*enumerate(values, start=1))
    plt.figure()
    plt.plot(epochs, points, marker="o")
    plt.xlabel("Epoch")
    plt.ylabel(ylabel)
    plt.title(title)
    plt.show()


plot_curve(loss_GD, "Full-batch gradient descent")
''',
    "plot_BGD_answer": '''
plot_curve(loss_BGD, "Mini-batch gradient descent", ylabel="Mean batch loss (MSE)")
''',
}
