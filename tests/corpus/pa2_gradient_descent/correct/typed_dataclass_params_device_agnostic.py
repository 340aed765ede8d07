"""Type hints, a dataclass and device/dtype-agnostic code: model is typed and written torch.add(torch.mul(data, weight), bias). The fit_GD cell defines @dataclass LineParams(weight, bias) with a classmethod like(X) that creates random leaves with X's dtype and device (torch.rand(1, dtype=X.dtype, device=X.device).requires_grad_()), tensors(), and a @torch.no_grad() step(lr) that does p.add_(p.grad, alpha=-lr) and p.grad.zero_() for both parameters. fit_GD and fit_BGD (typed, -> np.ndarray) use it: one full-data step per epoch, or one step per torch.split batch (last partial) with the epoch mean of the batch losses. On CPU float32 this is the reference computation: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    """Linear model: weight * data + bias, shape of data."""
    return torch.add(torch.mul(data, weight), bias)
''',
    "fit_GD_answer": r'''
from dataclasses import dataclass
from typing import Callable

Model = Callable[[torch.Tensor, torch.Tensor, torch.Tensor], torch.Tensor]
Loss = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


@dataclass
class LineParams:
    weight: torch.Tensor
    bias: torch.Tensor

    @classmethod
    def like(cls, X: torch.Tensor) -> "LineParams":
        options = {"dtype": X.dtype, "device": X.device}
        return cls(torch.rand(1, **options).requires_grad_(), torch.rand(1, **options).requires_grad_())

    def tensors(self) -> tuple[torch.Tensor, torch.Tensor]:
        return self.weight, self.bias

    @torch.no_grad()
    def step(self, lr: float) -> None:
        for p in self.tensors():
            p.add_(p.grad, alpha=-lr)
            p.grad.zero_()


def fit_GD(model: Model, loss_func: Loss, X: torch.Tensor, Y: torch.Tensor,
           lr: float, num_epochs: int) -> np.ndarray:
    params = LineParams.like(X)
    losses: list[float] = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, *params.tensors()), Y)
        loss.backward()
        params.step(lr)
        losses.append(loss.item())
    return np.array(losses, dtype=np.float64)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model: Model, loss_func: Loss, X: torch.Tensor, Y: torch.Tensor,
            lr: float, num_epochs: int, batch_size: int) -> np.ndarray:
    params = LineParams.like(X)
    epoch_losses: list[float] = []
    for _ in range(num_epochs):
        batch_losses: list[float] = []
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(xb, *params.tensors()), yb)
            loss.backward()
            params.step(lr)
            batch_losses.append(loss.item())
        epoch_losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(epoch_losses, dtype=np.float64)
''',
}
