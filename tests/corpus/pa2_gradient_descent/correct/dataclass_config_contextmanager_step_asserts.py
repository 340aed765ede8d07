"""Over-engineered but correct: the fit_GD cell defines a frozen @dataclass TrainConfig(lr, epochs, batch_size=None) whose __post_init__ validates with numbers.Real / numbers.Integral (so Python or NumPy ints and floats all pass) and asserts only epochs >= 0 and batch_size >= 1 when given, and warns (warnings.warn, no error) if lr > 1; a @contextmanager descent_step(params, lr) that yields, then applies w -= lr * w.grad under torch.no_grad() and zeroes the grads on exit; and a Params dataclass holding weight and bias as random leaves. Each step is `with descent_step(p, cfg.lr): loss = ...; loss.backward(); log.append(loss.item())`, so the loss is logged before the update. fit_BGD (its own cell) reuses the three: torch.split batches, last partial, epoch loss = mean of batch losses. Every assert passes on valid inputs; the updates, batches and logged losses are the reference's: full marks everywhere."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
import numbers
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class TrainConfig:
    lr: float
    epochs: int
    batch_size: Optional[int] = None

    def __post_init__(self):
        assert isinstance(self.lr, numbers.Real), f"lr must be a number, got {type(self.lr)}"
        assert isinstance(self.epochs, numbers.Integral) and self.epochs >= 0, "epochs must be a non-negative int"
        if self.batch_size is not None:
            assert isinstance(self.batch_size, numbers.Integral) and self.batch_size >= 1, "batch_size must be >= 1"
        if self.lr > 1:
            warnings.warn(f"lr = {self.lr} is large; training may diverge")


@dataclass
class Params:
    weight: torch.Tensor = field(default_factory=lambda: torch.rand(1, requires_grad=True))
    bias: torch.Tensor = field(default_factory=lambda: torch.rand(1, requires_grad=True))

    def __iter__(self):
        return iter((self.weight, self.bias))


@contextmanager
def descent_step(params, lr):
    """Body computes the loss and calls backward(); on exit: update and zero the grads."""
    yield
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
            p.grad.zero_()


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    cfg = TrainConfig(lr=lr, epochs=num_epochs)
    p = Params()
    log = []
    for _ in range(cfg.epochs):
        with descent_step(p, cfg.lr):
            loss = loss_func(model(X, p.weight, p.bias), Y)
            loss.backward()
            log.append(loss.item())
    return np.array(log)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    cfg = TrainConfig(lr=lr, epochs=num_epochs, batch_size=batch_size)
    assert len(X) == len(Y), "X and Y must have the same number of rows"
    p = Params()
    log = []
    for _ in range(cfg.epochs):
        batch_losses = []
        for xb, yb in zip(X.split(cfg.batch_size), Y.split(cfg.batch_size)):
            with descent_step(p, cfg.lr):
                loss = loss_func(model(xb, p.weight, p.bias), yb)
                loss.backward()
                batch_losses.append(loss.item())
        log.append(float(np.mean(batch_losses)))
    return np.array(log)
''',
}
