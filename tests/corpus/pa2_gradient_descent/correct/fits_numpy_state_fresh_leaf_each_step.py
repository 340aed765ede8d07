"""NumPy-first student: both fits keep weight and bias as NumPy float64 arrays between steps and, for every step, wrap them in FRESH leaves, torch.tensor(w_np, dtype=X.dtype, requires_grad=True), run the given model and loss, call backward(), and update the NumPy arrays with w_np = w_np - lr * w.grad.numpy() (no .grad buffer is ever reused, so nothing needs zeroing). The round-trip through NumPy happens only BETWEEN steps, on the parameters, never inside the forward pass, so autograd still differentiates each loss. fit_BGD uses X[i:i + batch_size] over range(0, n, batch_size) (last batch partial) and reports np.mean of the batch losses (loss.item() before the update). Every update is -lr * the (batch) gradient, losses logged before the step, NumPy arrays returned: full marks everywhere."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    # I think in NumPy: the parameters live in NumPy, torch only computes the gradient.
    w_np = np.random.rand(1)
    b_np = np.random.rand(1)
    losses = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        w = torch.tensor(w_np, dtype=X.dtype, requires_grad=True)
        b = torch.tensor(b_np, dtype=X.dtype, requires_grad=True)
        loss = loss_func(model(X, w, b), Y)
        loss.backward()
        losses[epoch] = loss.item()
        w_np = w_np - lr * w.grad.numpy().astype(np.float64)
        b_np = b_np - lr * b.grad.numpy().astype(np.float64)
    return losses
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    w_np = np.random.rand(1)
    b_np = np.random.rand(1)
    n = X.shape[0]
    epoch_losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for i in range(0, n, batch_size):
            xb, yb = X[i:i + batch_size], Y[i:i + batch_size]
            w = torch.tensor(w_np, dtype=X.dtype, requires_grad=True)
            b = torch.tensor(b_np, dtype=X.dtype, requires_grad=True)
            loss = loss_func(model(xb, w, b), yb)
            loss.backward()
            batch_losses.append(loss.item())
            w_np = w_np - lr * w.grad.numpy().astype(np.float64)
            b_np = b_np - lr * b.grad.numpy().astype(np.float64)
        epoch_losses.append(np.mean(batch_losses))
    return np.array(epoch_losses)
''',
}
