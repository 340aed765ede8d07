"""fit_GD borrows static loss scaling from mixed-precision training (what torch.cuda.amp.GradScaler does, with a
fixed scale): each epoch the loss is multiplied by 2**10 before backward(), so that small gradients cannot underflow,
and the gradients are divided by the same power of two before the step. Multiplying and dividing by a power of two
is EXACT in binary floating point (barring overflow, which a scale of 1024 on gradients reaches only when the
residuals themselves are near float32's range), so every update is exactly -lr * gradient of the MSE; the logged
loss is the unscaled loss.item() before the update, written into a pre-allocated float64 array (np.empty(0) for
num_epochs = 0). Parameters are fresh torch.rand leaves, grads reset with `p.grad = None` after each step.
Correct for any n (one row included), lr and num_epochs: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent with a static loss scale (exact: the scale is a power of two)."""
    SCALE = 2.0 ** 10
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = np.empty(num_epochs, dtype=np.float64)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        (loss * SCALE).backward()            # scaled backward: gradients come out SCALE times larger
        with torch.no_grad():
            for p in (weight, bias):
                p.grad.div_(SCALE)           # unscale (exact)
                p.sub_(lr * p.grad)
                p.grad = None
        history[epoch] = loss.item()         # the unscaled loss, before this epoch's update
    return history
''',
}
