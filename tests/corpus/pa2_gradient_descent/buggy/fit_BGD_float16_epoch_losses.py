"""Precision slip that only shows at another scale: fit_BGD trains like the reference (torch.split batches, last
partial, one update per batch, grads zeroed) but stores the epoch losses in a pre-allocated half-precision array,
np.zeros(num_epochs, dtype=np.float16) ('16 bits are plenty for a plot'). float16 keeps 11 significant bits (a
relative rounding of up to 4.9e-4) and its largest finite value is 65504: every epoch loss is rounded to about 3.5
significant digits, and any epoch loss above 65504 becomes inf. The notebook's epoch losses are below a few hundred,
so the rounding is within the self-check's 1e-3 tolerance and every cell runs, the curve looks right. Inputs that
expose it: data of a larger scale (targets in the hundreds, e.g. y = 100x on x in [-10, 10], first epoch loss ~1e5
-> inf), and any exact comparison of the values (4 digits instead of float precision). The training is right; the
reported losses are wrong on the large-scale class and coarse everywhere: returns 6, batches 8, update 10, loss
about 2 of 6 -> 26 (accept 24-28). The grader's loss criterion is whole (6): 24. The plot cell keeps its 5 (its
replay must not be drawn from values the float16 array rounds)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent; returns the mean batch loss of each epoch."""
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = np.zeros(num_epochs, dtype=np.float16)  # 16 bits are plenty for a plot
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
        losses[epoch] = sum(batch_losses) / len(batch_losses)
    return losses
''',
}
