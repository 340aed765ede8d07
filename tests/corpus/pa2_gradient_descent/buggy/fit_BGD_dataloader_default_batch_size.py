"""Slip (a default argument): fit_BGD builds DataLoader(TensorDataset(X, Y), shuffle=True) and forgets to pass
batch_size, so the loader uses its DEFAULT batch_size of 1: every epoch makes n updates on single points (stochastic
gradient descent) instead of ceil(n / batch_size) updates on batches. Each update is still -lr * the gradient of the
one point it used, and the epoch loss is the mean of that epoch's (single-point) batch losses. Returns 6, batches 0,
update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
from torch.utils.data import DataLoader, TensorDataset


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    loader = DataLoader(TensorDataset(X, Y), shuffle=True)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in loader:
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
