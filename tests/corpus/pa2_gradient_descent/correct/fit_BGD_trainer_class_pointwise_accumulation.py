"""fit_BGD is written around a small trainer class with type hints. For each batch it calls the model on ONE point at a time and back-propagates each point's loss divided by the batch's size, so the .grad buffers add up to the gradient of the batch's mean loss (gradient accumulation), then makes ONE update per batch through a method decorated with @torch.no_grad(). The batch loss is the sum of the scaled point losses (= the batch MSE) and the epoch loss the mean of the batch losses; slices range(0, n, batch_size), last batch partial and kept. Every update is -lr * the gradient of its batch: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
from typing import List


class LineTrainer:
    """Holds weight and bias; accumulates gradients point by point, steps once per batch."""

    def __init__(self, model, loss_func, lr: float) -> None:
        self.model, self.loss_func, self.lr = model, loss_func, lr
        self.weight = torch.zeros(1, requires_grad=True)
        self.bias = torch.zeros(1, requires_grad=True)

    def accumulate(self, x_point: torch.Tensor, y_point: torch.Tensor, share: float) -> float:
        loss = self.loss_func(self.model(x_point, self.weight, self.bias), y_point) * share
        loss.backward()          # adds this point's share of the batch gradient to .grad
        return loss.item()

    @torch.no_grad()
    def step(self) -> None:
        for p in (self.weight, self.bias):
            p -= self.lr * p.grad
            p.grad.zero_()

    def batch(self, xb: torch.Tensor, yb: torch.Tensor) -> float:
        m = xb.shape[0]
        total = sum(self.accumulate(xb[i:i + 1], yb[i:i + 1], 1.0 / m) for i in range(m))
        self.step()
        return total


def fit_BGD(model, loss_func, X: torch.Tensor, Y: torch.Tensor, lr: float,
            num_epochs: int, batch_size: int) -> np.ndarray:
    trainer = LineTrainer(model, loss_func, lr)
    n = X.shape[0]
    history: List[float] = []
    for _ in range(num_epochs):
        batch_losses: List[float] = [trainer.batch(X[s:s + batch_size], Y[s:s + batch_size])
                                     for s in range(0, n, batch_size)]
        history.append(sum(batch_losses) / len(batch_losses))
    return np.array(history)
''',
}
