"""MATLAB habit: fit_GD preallocates J = np.zeros(num_epochs + 1) 'so that J(epoch) works' and fills J[epoch] for epoch in range(1, num_epochs + 1), returning the whole J: J[0] stays 0.0, so the array has num_epochs + 1 entries, a spurious zero first. Training is right: num_epochs full-data steps, grads zeroed, each loss logged before its step. The returned array has the wrong shape (returns 0), and it does not report each epoch's loss at its epoch (entry k holds epoch k's loss shifted by one, with a zero loss in front: loss 0, as in the corpus' fit_GD_append_after_loop where the returned array is the wrong length and not the epoch losses); batches 8 (one full-data update per epoch, the right number) and update 10. fit_GD 18."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 18, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    w = torch.rand(1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    J = np.zeros(num_epochs + 1)  # J(1..num_epochs), like in MATLAB
    for epoch in range(1, num_epochs + 1):
        loss = loss_func(model(X, w, b), Y)
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
        J[epoch] = loss.item()
    return J
''',
}
