"""Closures and functools.partial, with every closure bound to the value it needs at the time it is made. model is
built by a factory, make_line(), that returns a closure; loss_func = functools.partial(F.mse_loss, reduction='mean')
(callable as loss_func(y_pred, y_true), a scalar tensor with gradient). fit_GD makes one updater closure per
parameter in a list comprehension, written with a factory function make_updater(p, lr) so each closure captures its
own p (the late-binding trap of `lambda: p.sub_(...)` in a loop is avoided); fit_BGD prepares its batches as
functools.partial(_take, X, Y, start, stop) objects, whose arguments are frozen when each partial is made, so every
thunk returns its own batch. Each epoch loss is the mean of the batch losses. Plots: a partial of one helper with the
title filled in. Correct for every input and every call: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def make_line():
    def line(data, weight, bias):
        return weight * data + bias
    return line


model = make_line()
''',
    "loss_func_answer": '''
import functools

loss_func = functools.partial(F.mse_loss, reduction="mean")
''',
    "fit_GD_answer": '''
def make_updater(p, lr):
    """A closure that steps THIS parameter (p is bound now, as an argument of the factory)."""
    def update():
        with torch.no_grad():
            p.sub_(lr * p.grad)
        p.grad.zero_()
    return update


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    params = [torch.rand(1, requires_grad=True) for _ in range(2)]
    weight, bias = params
    updaters = [make_updater(p, lr) for p in params]
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        for update in updaters:
            update()
        losses.append(loss.item())
    return np.array(losses)
''',
    "fit_BGD_answer": '''
def _take(X, Y, start, stop):
    return X[start:stop], Y[start:stop]


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    params = [torch.rand(1, requires_grad=True) for _ in range(2)]
    weight, bias = params
    updaters = [make_updater(p, lr) for p in params]
    n = len(X)
    thunks = [functools.partial(_take, X, Y, s, min(s + batch_size, n)) for s in range(0, n, batch_size)]
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for get_batch in thunks:
            x_batch, y_batch = get_batch()
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            for update in updaters:
                update()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
    "plot_GD_answer": '''
def curve(values, title, ylabel):
    plt.figure()
    plt.plot(np.arange(1, len(values) + 1), values, marker="o")
    plt.xlabel("Epoch")
    plt.ylabel(ylabel)
    plt.title(title)
    plt.show()


plot_full = functools.partial(curve, title="Full-batch gradient descent", ylabel="Loss (MSE)")
plot_full(loss_GD)
''',
    "plot_BGD_answer": '''
plot_mini = functools.partial(curve, title="Mini-batch gradient descent", ylabel="Mean batch loss (MSE)")
plot_mini(loss_BGD)
''',
}
