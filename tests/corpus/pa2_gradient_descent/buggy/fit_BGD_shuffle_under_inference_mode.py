"""fit_BGD shuffles the points each epoch (allowed) and, following an 'use inference_mode whenever you do not need
gradients' tip, builds the shuffled copies inside `with torch.inference_mode():` (perm = torch.randperm(n);
Xs, Ys = X[perm], Y[perm]). Indexing creates NEW tensors, and tensors created in inference mode can never take part
in autograd later: the first model(xb, weight, bias) whose backward needs xb raises 'Inference tensors cannot be
saved for backward'. So every call of fit_BGD raises RuntimeError before its first update (the self-check reports
it). The rest of the loop (split, step, zeroing, mean of batch losses) is right, but a fit that never returns earns
nothing: fit_BGD 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    losses = []
    for _ in range(num_epochs):
        with torch.inference_mode():  # shuffling needs no gradients
            perm = torch.randperm(n)
            Xs, Ys = X[perm], Y[perm]
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
