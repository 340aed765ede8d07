"""fit_GD differentiates by the COMPLEX-STEP method (Squire and Trapp, 1998), a numerics classic: for a real-analytic
loss L, dL/dw = Im L(w + i h, b) / h with no subtraction, so h can be tiny (1e-30) and the derivative is exact to
rounding. The data are converted to complex128 for the two probing evaluations, which go through the given model and
loss_func (weight * data + bias and a mean of squares are analytic, so they accept complex numbers); the parameters
are plain float64 tensors. Each epoch: the real loss of the given model and loss_func on the float64 data is logged
before the step, the two complex evaluations give the gradient, and w, b move by -lr * gradient. The complex
evaluations are extra forward passes at the current parameters (their real part), not updates. Every update is
-lr * the MSE's gradient and every logged loss the loss before its update: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent, derivatives by the complex-step method (exact to rounding)."""
    h = 1e-30
    X64, Y64 = X.double(), Y.double()
    Xc, Yc = X64.to(torch.complex128), Y64.to(torch.complex128)
    w = torch.rand(1, dtype=torch.float64)
    b = torch.rand(1, dtype=torch.float64)
    losses = []
    for _ in range(num_epochs):
        losses.append(float(loss_func(model(X64, w, b), Y64)))
        grad_w = loss_func(model(Xc, w + 1j * h, b.to(torch.complex128)), Yc).imag.item() / h
        grad_b = loss_func(model(Xc, w.to(torch.complex128), b + 1j * h), Yc).imag.item() / h
        w = w - lr * grad_w
        b = b - lr * grad_b
    return np.array(losses)
''',
}
