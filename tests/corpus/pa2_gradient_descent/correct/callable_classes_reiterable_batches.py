"""Object-oriented student: small classes with __call__ and __iter__, each instance made fresh inside every call.
model is an instance of a class Affine whose __call__(data, weight, bias) returns torch.addcmul(bias, weight, data) =
bias + weight * data (shape (n, 1), gradients to both parameters). loss_func is an instance of SquaredError whose
__call__ returns the mean of the squared residuals. Both fits build a Descent(lr, params) stepper (under no_grad:
p -= lr * p.grad, then p.grad.zero_()) and fit_BGD walks a Batches(X, Y, size) object whose __iter__ makes a NEW zip of
torch.split pieces each time it is iterated: it is re-iterable, so every epoch sees every batch, the last short one
included (the opposite of a zip built once). All state lives in instances created inside the call: nothing carries
over between calls. The plots go through a PlotSpec dataclass instance (labels, title) made in each cell. Every part
is right for any valid input, called any number of times: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
class Affine:
    """A line: bias + weight * data, broadcast over the rows of data."""

    def __call__(self, data, weight, bias):
        return torch.addcmul(bias, weight, data)


model = Affine()
''',
    "loss_func_answer": '''
class SquaredError:
    """Mean squared error as a callable object (no state)."""

    def __call__(self, y_pred, y_true):
        residual = y_pred - y_true
        return (residual * residual).mean()


loss_func = SquaredError()
''',
    "fit_GD_answer": '''
class Descent:
    """One plain gradient step on the given parameters, then their gradients are cleared."""

    def __init__(self, lr, params):
        self.lr = lr
        self.params = tuple(params)

    def __call__(self):
        with torch.no_grad():
            for p in self.params:
                p -= self.lr * p.grad
                p.grad.zero_()


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    step = Descent(lr, (weight, bias))
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        step()
        losses.append(loss.item())
    return np.array(losses, dtype=float)
''',
    "fit_BGD_answer": '''
class Batches:
    """Consecutive (x, y) pieces of batch_size rows; iterating again starts over."""

    def __init__(self, X, Y, batch_size):
        self.X, self.Y, self.batch_size = X, Y, batch_size

    def __iter__(self):
        return zip(torch.split(self.X, self.batch_size), torch.split(self.Y, self.batch_size))


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    step = Descent(lr, (weight, bias))
    batches = Batches(X, Y, batch_size)
    epoch_losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in batches:
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            step()
            batch_losses.append(loss.item())
        epoch_losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(epoch_losses, dtype=float)
''',
    "plot_GD_answer": '''
from dataclasses import dataclass


@dataclass(frozen=True)
class PlotSpec:
    xlabel: str
    ylabel: str
    title: str

    def draw(self, values):
        fig, ax = plt.subplots()
        ax.plot(np.arange(1, len(values) + 1), values, marker="o")
        ax.set_xlabel(self.xlabel)
        ax.set_ylabel(self.ylabel)
        ax.set_title(self.title)
        plt.show()


PlotSpec("Epoch", "Loss (MSE)", "Full-batch gradient descent").draw(loss_GD)
''',
    "plot_BGD_answer": '''
PlotSpec("Epoch", "Mean batch loss (MSE)", "Mini-batch gradient descent").draw(loss_BGD)
''',
    "discussion": '''Mini-batches pay off when the data set is large: a full-batch update has to run the model and its gradient over every example before it moves once, while a mini-batch update costs only batch_size examples, fits in memory, and an epoch makes many updates instead of one. The price is noise in each step, since a batch gradient only estimates the full one; on a small data set like this one the exact full-batch step is cheap and smooth.''',
}
