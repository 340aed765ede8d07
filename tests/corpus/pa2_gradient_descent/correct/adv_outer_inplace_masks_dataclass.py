"""ADVANCED: model computes torch.outer(data[:, 0], weight) (shape (n, 1)) and then adds the bias IN PLACE on that fresh intermediate, out.add_(bias): safe, since out is a new non-leaf tensor that the multiplication's backward does not need. fit_BGD keeps its state in a @dataclass, selects each batch with a boolean mask from torch.where-style comparisons on an index column ((idx >= start) & (idx < start + batch_size), so the rows stay in order; last batch partial) and updates in place under no_grad. Values, shape, gradients, updates and epoch losses are all the reference's: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    out = torch.outer(data[:, 0], weight)   # (n, 1), a new tensor
    out.add_(bias)                          # in place on the intermediate, not on an input
    return out
''',
    "fit_BGD_answer": r'''
from dataclasses import dataclass, field


@dataclass
class State:
    weight: torch.Tensor = field(default_factory=lambda: torch.rand(1, requires_grad=True))
    bias: torch.Tensor = field(default_factory=lambda: torch.rand(1, requires_grad=True))
    history: list = field(default_factory=list)


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    s = State()
    idx = torch.arange(len(X))
    starts = range(0, len(X), batch_size)
    for _ in range(num_epochs):
        epoch = []
        for start in starts:
            mask = (idx >= start) & (idx < start + batch_size)
            loss = loss_func(model(X[mask], s.weight, s.bias), Y[mask])
            loss.backward()
            with torch.no_grad():
                s.weight.sub_(lr * s.weight.grad)
                s.bias.sub_(lr * s.bias.grad)
            s.weight.grad.zero_(); s.bias.grad.zero_()
            epoch.append(loss.item())
        s.history.append(np.mean(epoch))
    return np.array(s.history)
''',
}
