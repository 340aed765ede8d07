"""A blog-post style with functools.partial and torch.autograd.grad. model is torch.addcmul(bias, weight, data)
(= bias + weight * data, shape (n, 1)); loss_func is (y_pred - y_true).square().mean(). The fit_GD cell defines
sgd_step(params, loss, lr): grads = torch.autograd.grad(loss, params), then p.sub_(lr * g) under torch.no_grad()
(no .grad buffers, so nothing to zero); both fits bind it with functools.partial(sgd_step, (weight, bias), lr=lr)
and call step(loss) once per epoch (fit_GD) or once per batch (fit_BGD). fit_BGD's batches come from a closure
generator over slice starts (last batch partial and kept), and the epoch loss is the mean of the batch losses,
each loss.item() of the loss that was differentiated (its value is fixed before the update). Plots are drawn
inside `with plt.style.context("ggplot"):` with the object-oriented API. Correct everywhere: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    # addcmul(input, t1, t2) = input + t1 * t2, broadcast to the shape of data
    return torch.addcmul(bias, weight, data)
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return (y_pred - y_true).square().mean()
''',
    "fit_GD_answer": r'''
from functools import partial


def sgd_step(params, loss, lr):
    """One plain gradient-descent step on params, gradients from torch.autograd.grad."""
    grads = torch.autograd.grad(loss, params)
    with torch.no_grad():
        for p, g in zip(params, grads):
            p.sub_(lr * g)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    step = partial(sgd_step, (weight, bias), lr=lr)
    history = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        step(loss)
        history.append(loss.item())
    return np.asarray(history, dtype=float)
''',
    "plot_GD_answer": r'''
with plt.style.context("ggplot"):
    fig, ax = plt.subplots()
    ax.plot(range(1, len(loss_GD) + 1), loss_GD, "o-")
    ax.set_xlabel("epoch")
    ax.set_ylabel("MSE loss")
    ax.set_title("Full-batch GD: loss per epoch")
    plt.show()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    step = partial(sgd_step, (weight, bias), lr=lr)
    n = len(X)

    def batches():
        for start in range(0, n, batch_size):
            yield X[start:start + batch_size], Y[start:start + batch_size]

    history = []
    for _ in range(num_epochs):
        epoch_losses = []
        for xb, yb in batches():
            loss = loss_func(model(xb, weight, bias), yb)
            step(loss)
            epoch_losses.append(loss.item())
        history.append(np.mean(epoch_losses))
    return np.asarray(history, dtype=float)
''',
    "plot_BGD_answer": r'''
with plt.style.context("ggplot"):
    fig, ax = plt.subplots()
    ax.plot(range(1, len(loss_BGD) + 1), loss_BGD, "s-", color="tab:purple")
    ax.set_xlabel("epoch")
    ax.set_ylabel("mean mini-batch MSE")
    ax.set_title("Mini-batch GD: loss per epoch")
    plt.show()
''',
    "discussion": r'''
Full-batch GD needs the whole data set for every single update, so each step is expensive and memory-hungry when
n is large. Mini-batch GD makes ceil(n / batch_size) cheap updates per epoch, which is why it reaches a low loss in
far fewer epochs here. Its gradients are noisy estimates, so the curve is bumpier and the learning rate may have
to be smaller near the end. I would use mini-batches for anything big, and full batches only for small data.
''',
}
