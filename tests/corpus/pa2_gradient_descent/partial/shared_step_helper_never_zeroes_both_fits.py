"""One bug in a helper that two parts share. The fit_GD cell defines step(params, lr) (p -= lr * p.grad under no_grad) and forgets to zero the gradients; fit_GD uses it, and fit_BGD (the notebook: 'for each batch, do what fit_GD did') calls the same helper. Both functions really run the bug: the gradients pile up in both, so every step after the first uses the sum of all gradients so far. Each fit loses exactly what the corpus' grads_never_zeroed cases lose: returns 6, batches 8, update 0, loss 6 -> 20 each. The shared helper belongs to both answers, so both losing is right; the other parts are untouched."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def step(params, lr):
    """Gradient step on every parameter."""
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        step([weight, bias], lr)
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
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            step([weight, bias], lr)
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
