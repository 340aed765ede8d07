"""Slip (silently mutates its argument): fit_BGD shuffles each epoch with `X[:] = X[perm]` (in place, into the caller's tensor) but `Y = Y[perm]` (a new local tensor). Inside one call X and Y stay paired (both follow the same permutations), so a single call on fresh data trains correctly: torch.split batches, last one partial, one update per batch, epoch mean of the batch losses. But the caller's X is left shuffled while its Y is not: after the notebook's run_BGD the global X no longer matches Y, and every later call on the same tensors (the fit_BGD self-check on X[::10], the exercises, a second grader call) trains on inputs paired with the wrong targets, as the corpus' fit_BGD_shuffles_inputs_not_targets does (14). By the README's rule for a model that overwrites the data it is given (it loses its values although one call is right), the fit should lose what the scrambled pairs break on repeated calls: returns 6, batches 8, update 0, loss 0 -> 14. Arguable: a grader that calls each function once on fresh tensors sees a correct fit (30)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 14, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        perm = torch.randperm(len(X))
        X[:] = X[perm]      # shuffle the data for this epoch
        Y = Y[perm]
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
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
