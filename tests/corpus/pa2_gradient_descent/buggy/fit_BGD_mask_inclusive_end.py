"""ONE slip in fit_BGD (a masked op with an inclusive bound): the batches are selected with boolean masks over the
row numbers, mask = (idx >= start) & (idx <= start + batch_size), for start in range(0, n, batch_size): `<=` where
`<` was meant. Every batch but the last holds batch_size + 1 points, and the first point of each next batch is also
the last point of the previous one (used twice per epoch); the number of batches and updates per epoch is right.
Not every point once per epoch (README: batches criterion; cf. the corpus' fit_BGD_slice_end_minus_one, the same
slip the other way). Each step is -lr * the gradient of the batch it used and the epoch loss is the mean of its batch
losses: returns 6, batches 0, update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    idx = torch.arange(n)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, n, batch_size):
            mask = (idx >= start) & (idx <= start + batch_size)   # rows start ... start + batch_size
            loss = loss_func(model(X[mask], weight, bias), Y[mask])
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
