"""Correct fits that talk a lot: fit_GD prints a progress line every max(1, num_epochs // 5) epochs (so 1, 2 or
3 epochs still work, and num_epochs = 0 simply returns an empty array) and warns with warnings.warn, without
stopping, when a loss is not finite or larger than the previous one ('lr too large?'); fit_BGD first prints how
many batches an epoch has, -(-n // batch_size) (ceil, so a partial last batch and batch_size > n are counted
right), warns if batch_size >= n ('this is full-batch GD') but trains all the same, and prints each epoch's mean
batch loss. The training is the reference's (one full-data update per epoch; torch.split batches, the last one
partial, one update per batch, epoch loss the mean of the batch losses, each taken before its update). Printing
and warnings change nothing that is returned: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
import warnings


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent with progress lines and warnings."""
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    every = max(1, num_epochs // 5)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        value = loss.item()
        if not np.isfinite(value):
            warnings.warn(f"epoch {epoch + 1}: the loss is {value}; lr = {lr} may be too large")
        elif losses and value > losses[-1]:
            warnings.warn(f"epoch {epoch + 1}: the loss went up ({losses[-1]:.4g} -> {value:.4g})")
        losses.append(value)
        if (epoch + 1) % every == 0 or epoch + 1 == num_epochs:
            print(f"[GD] epoch {epoch + 1:>4}/{num_epochs}: loss {value:.4f}")
    return np.array(losses, dtype=float)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent with progress lines."""
    n = len(X)
    n_batches = -(-n // batch_size)  # ceil: the last batch may be smaller
    print(f"[BGD] {n} points, batch_size {batch_size}: {n_batches} updates per epoch")
    if batch_size >= n:
        warnings.warn("batch_size >= number of points: every epoch is a single full-batch step")
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
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
        assert len(batch_losses) == n_batches
        losses.append(sum(batch_losses) / n_batches)
        print(f"[BGD] epoch {epoch + 1:>4}/{num_epochs}: mean batch loss {losses[-1]:.4f}")
    return np.array(losses, dtype=float)
''',
}
