"""junk: fit_BGD walks the right batches (torch.split, last partial) and logs the honest mean of the batch losses,
but its 'update' is a tiny random jitter, weight += 1e-3 * torch.randn(1) (same for the bias), independent of the
loss, its gradient and lr: the parameters change at every batch but nothing is learnt (the curve stays flat near
its start). A fit that does no gradient descent earns nothing, its well-formed batches and logged losses included
(like the corpus' fit_GD_random_search / fit_GD_constant_nudge) -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1)
    bias = torch.rand(1)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            batch_losses.append(loss_func(model(xb, weight, bias), yb).item())
            weight = weight + 1e-3 * torch.randn(1)
            bias = bias + 1e-3 * torch.randn(1)
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
