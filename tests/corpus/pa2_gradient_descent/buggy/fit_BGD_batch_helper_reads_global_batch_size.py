"""Slip (a helper that silently reads a notebook global instead of a parameter): the fit_BGD cell defines a module-level
generator helper batches_of(X, Y) that yields X[s:s + batch_size], Y[s:s + batch_size] for s in range(0, len(X),
batch_size), and fit_BGD calls batches_of(X, Y) each epoch. The helper has no batch_size parameter, so the name is the
notebook's GLOBAL batch_size, which the run_BGD cell sets to 10 just before calling fit_BGD: the notebook's run is
right, but fit_BGD ignores its own batch_size argument (the self-check's batch_size=6 gets batches of 10, and it
fails). Each step is -lr * the gradient of the batch used; the epoch loss is the mean of its batch losses. Like the
corpus' fit_BGD_hardcoded_batch_size: returns 6, batches 0, update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def batches_of(X, Y):
    """Consecutive mini-batches of the data."""
    for s in range(0, len(X), batch_size):
        yield X[s:s + batch_size], Y[s:s + batch_size]


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in batches_of(X, Y):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
