"""fit_BGD keeps weight and bias in a NumPy float32 array params = [w, b] and, for every batch, wraps one-element
slices of it as fresh leaves with torch.from_numpy(params[0:1]).requires_grad_() (the tensors SHARE the array's
memory); after backward() it updates the array in place, params[0:1] -= lr * w.grad.numpy(), which also writes
through to the tensors, harmlessly, since they are rebuilt for the next batch (and fresh leaves need no zeroing).
Batches are X[start:stop] with stop = min(start + batch_size, n) over range(0, n, batch_size) (last one partial,
one batch of all n points when batch_size >= n); epoch loss = np.mean of the batch losses. NumPy's float32
arithmetic keeps the update -lr * gradient to float32 rounding. Correct for every input the spec allows: full
marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    params = np.random.rand(2).astype(np.float32)    # [weight, bias], kept in NumPy
    n = len(X)
    history = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, n, batch_size):
            stop = min(start + batch_size, n)
            w = torch.from_numpy(params[0:1]).requires_grad_()   # shares memory with params
            b = torch.from_numpy(params[1:2]).requires_grad_()
            loss = loss_func(model(X[start:stop], w, b), Y[start:stop])
            loss.backward()
            params[0:1] -= lr * w.grad.numpy()
            params[1:2] -= lr * b.grad.numpy()
            batch_losses.append(loss.item())
        history.append(np.mean(batch_losses))
    return np.array(history)
''',
}
