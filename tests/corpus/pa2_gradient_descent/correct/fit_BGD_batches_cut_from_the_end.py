"""fit_BGD cuts its batches from the END of the data: the boundaries are range(n, 0, -batch_size), so the full
batches sit at the back and the short one (when batch_size does not divide n) is the FIRST rows, [0, n mod
batch_size); the batches are visited from the back to the front, in that fixed order every epoch. Each epoch still
uses every point exactly once, in ceil(n / batch_size) batches of batch_size points and one short batch (the
notebook allows any order of the batches). A batch_size of n or more gives one batch of all n points; a batch_size
below 1 raises ValueError (the spec never passes one). Zero-initialised leaves, one update per batch under
no_grad, grads zeroed, epoch loss = sum of the batch losses / number of batches, into np.zeros(num_epochs).
Correct for every n, batch_size and num_epochs the spec allows: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent; batches counted from the end of the data (the short one comes first)."""
    n = X.shape[0]
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    bounds = [(max(end - batch_size, 0), end) for end in range(n, 0, -batch_size)]
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    epoch_losses = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        total = 0.0
        for start, end in bounds:
            loss = loss_func(model(X[start:end], weight, bias), Y[start:end])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            total += loss.item()
        epoch_losses[epoch] = total / len(bounds)
    return epoch_losses
''',
}
