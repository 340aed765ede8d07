"""The fit_GD cell wraps what a fit is given: a dataclass Line(predict, weight, bias) holds the GIVEN model and
two fresh parameters (dataclasses.field(default_factory=...) makes new torch.rand(1, requires_grad=True) tensors
for every Line), Line.__call__(data) returns predict(data, self.weight, self.bias), and Line.step(lr) subtracts
lr * grad from both under no_grad and zeroes the grads. checked(loss_func) wraps the GIVEN loss: it raises
ValueError when predictions and targets differ in shape (never for the spec's (n, 1) inputs) and warns
(warnings.warn, RuntimeWarning) when the loss is not finite, returning the loss unchanged. fit_GD and the later
fit_BGD (Tensor.split batches, last partial, mean of batch losses) both build a Line and a checked loss from their
own arguments. Every update is -lr * gradient of the batch, every logged loss the one before its step: full
marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
import warnings
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Line:
    """Two trainable parameters and the model that turns them into predictions."""
    predict: Callable
    weight: torch.Tensor = field(default_factory=lambda: torch.rand(1, requires_grad=True))
    bias: torch.Tensor = field(default_factory=lambda: torch.rand(1, requires_grad=True))

    def __call__(self, data):
        return self.predict(data, self.weight, self.bias)

    def step(self, lr):
        with torch.no_grad():
            for p in (self.weight, self.bias):
                p -= lr * p.grad
                p.grad.zero_()


def checked(loss_func):
    """loss_func with a shape check and a warning when the loss is not finite."""
    def wrapped(y_pred, y_true):
        if y_pred.shape != y_true.shape:
            raise ValueError(f"predictions {tuple(y_pred.shape)} and targets {tuple(y_true.shape)} differ in shape")
        loss = loss_func(y_pred, y_true)
        if not torch.isfinite(loss).all():
            warnings.warn("the loss is not finite: try a smaller learning rate", RuntimeWarning)
        return loss
    return wrapped


def fit_GD(model, loss_func, X, Y, lr: float, num_epochs: int) -> np.ndarray:
    line, loss_of = Line(model), checked(loss_func)
    losses = []
    for _ in range(num_epochs):
        loss = loss_of(line(X), Y)
        loss.backward()
        line.step(lr)
        losses.append(loss.item())
    return np.array(losses)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr: float, num_epochs: int, batch_size: int) -> np.ndarray:
    line, loss_of = Line(model), checked(loss_func)
    per_epoch = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(X.split(batch_size), Y.split(batch_size)):
            loss = loss_of(line(x_batch), y_batch)
            loss.backward()
            line.step(lr)
            batch_losses.append(loss.item())
        per_epoch.append(sum(batch_losses) / len(batch_losses))
    return np.array(per_epoch)
''',
}
