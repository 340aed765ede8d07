"""A helper defined early and broken later. The model cell defines sgd_step(params, lr) (under torch.no_grad(): p -= lr * p.grad, then p.grad.zero_()), and fit_GD uses it: correct when fit_GD's cell and self-check run. The fit_BGD cell then REDEFINES sgd_step in a 'tidier' form with a sign slip, p += lr * p.grad, and fit_BGD uses it: every mini-batch step climbs its gradient. Parts are checked where their self-checks stand, so fit_GD (checked before the redefinition) keeps 30; fit_BGD loses its update criterion like the corpus' fit_BGD_gradient_ascent: returns 6, batches 8, update 0, loss 6 -> 20."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def sgd_step(params, lr):
    """One gradient step on every parameter, then clear its gradient."""
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
            p.grad.zero_()


def model(data, weight, bias):
    return weight * data + bias
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
@torch.no_grad()
def sgd_step(params, lr):
    """Tidier version."""
    for p in params:
        p += lr * p.grad
        p.grad.zero_()


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            sgd_step([weight, bias], lr)
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
