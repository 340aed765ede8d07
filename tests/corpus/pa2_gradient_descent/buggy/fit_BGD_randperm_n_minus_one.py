"""Slip (off by one in the permutation): fit_BGD shuffles every epoch with perm = torch.randperm(len(X) - 1), the
student thinking of the largest index n - 1 (as in randint(0, n - 1)). randperm(n - 1) is a permutation of 0 ... n-2:
the LAST point is never used, every epoch trains on n - 1 points, and the batch sizes are those of n - 1 points
(29 points in batches of 7: 7, 7, 7, 7 and no short batch of 1; 10 points in batches of 3: 3, 3, 3). Every update is
still -lr * the gradient of the batch it used and the epoch loss is the mean of its batch losses. Returns 6,
batches 0, update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        perm = torch.randperm(len(X) - 1)   # indices 0 ... n-1, shuffled
        batch_losses = []
        for idx in torch.split(perm, batch_size):
            loss = loss_func(model(X[idx], weight, bias), Y[idx])
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
