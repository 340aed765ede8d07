"""Randomness slip (one generator is not one permutation): to shuffle 'reproducibly and in step' fit_BGD makes a local
g = torch.Generator().manual_seed(0) and, every epoch, shuffles Xs = X[torch.randperm(n, generator=g)] and
Ys = Y[torch.randperm(n, generator=g)], believing the same generator gives the same order. Each call to randperm
ADVANCES the generator, so the two permutations differ: every batch pairs inputs with other points' targets (the
self-check's 20 points and the notebook's 200 alike). Batch sizes and counts are right (torch.split, last partial) and
every input and every target is used once per epoch, each step is -lr * the gradient of the (mismatched) batch loss,
but training fits shuffled pairs: like the corpus' fit_BGD_shuffles_inputs_not_targets, returns 6, batches 8,
update 0, loss 0 -> 14."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 14, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    g = torch.Generator().manual_seed(0)  # same generator for X and Y, so they stay in step
    n = len(X)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        Xs = X[torch.randperm(n, generator=g)]
        Ys = Y[torch.randperm(n, generator=g)]
        batch_losses = []
        for xb, yb in zip(torch.split(Xs, batch_size), torch.split(Ys, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
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
