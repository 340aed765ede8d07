"""fit_GD carries two safety checks from an earlier lr experiment: it stops early, with a warning, if the loss becomes NaN/inf or grows beyond 1e6 times the first epoch's loss (`break` out of the epoch loop). Gradient descent with a stable learning rate never triggers either, so every call runs all num_epochs epochs with the reference's steps: full marks (the guard only matters for a diverging lr, where the spec says nothing)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
import math
import warnings


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        value = loss.item()
        if not math.isfinite(value) or (losses and value > 1e6 * losses[0]):
            warnings.warn(f"diverged at epoch {epoch} (lr={lr} too large?)")
            break
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(value)
    return np.array(losses)
''',
}
