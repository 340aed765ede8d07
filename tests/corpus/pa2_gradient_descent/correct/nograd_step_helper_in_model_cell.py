"""Helpers shared across parts, defined early: the model cell also defines sgd_step(params, lr), decorated with @torch.no_grad(), which subtracts lr * p.grad from each parameter and zeroes the gradient; both fits call it. loss_func is wrapped in a counting decorator built with functools.wraps (it counts calls in a global dict and returns the wrapped function's value unchanged). Every update is -lr * gradient and every loss the MSE: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
@torch.no_grad()
def sgd_step(params, lr):
    """One plain gradient step on every parameter, then clear its gradient."""
    for p in params:
        p -= lr * p.grad
        p.grad.zero_()


def model(data, weight, bias):
    return weight * data + bias
''',
    "loss_func_answer": '''
import functools

CALLS = {"loss_func": 0}


def counted(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        CALLS[function.__name__] += 1
        return function(*args, **kwargs)
    return wrapper


@counted
def loss_func(y_pred, y_true):
    """Mean squared error."""
    return torch.mean((y_pred - y_true) ** 2)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        sgd_step([weight, bias], lr)
        losses.append(loss.item())
    return np.array(losses)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, len(X), batch_size):
            stop = min(start + batch_size, len(X))
            loss = loss_func(model(X[start:stop], weight, bias), Y[start:stop])
            loss.backward()
            sgd_step([weight, bias], lr)
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
