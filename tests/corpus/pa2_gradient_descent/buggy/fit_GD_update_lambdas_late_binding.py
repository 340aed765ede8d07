"""Slip (a closure over a loop variable, bound late): fit_GD builds its update rules once, before the epoch loop, as
updates = [lambda: p.sub_(lr * p.grad) for p in (weight, bias)], meaning one rule per parameter. Python closures look
`p` up when they are CALLED, and after the comprehension p is the last parameter, bias: both lambdas step the bias.
So every epoch the weight never moves and the bias moves by 2 * lr * its gradient (both rules run before the grads are
zeroed). One full-data forward pass per epoch, loss logged before the step, grads zeroed in a proper loop, num_epochs
floats returned. Like the corpus' fit_GD_weight_never_updated (the updates are not -lr * gradient): returns 6,
batches 8, update 0, loss 6 -> 20. Everything else is the reference."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    params = (weight, bias)
    updates = [lambda: p.sub_(lr * p.grad) for p in params]   # one update rule per parameter
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            for update in updates:
                update()
        for p in params:
            p.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
