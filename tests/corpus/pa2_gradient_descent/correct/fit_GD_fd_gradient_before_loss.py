"""honest: fit_GD takes its gradient by central differences in float64 (h = 1e-4, exact for the quadratic MSE up to rounding) and evaluates the current loss AFTER the four probe passes (gradient first, then the loss to log), then one update -lr * gradient per epoch. The probe passes are not updates: full marks (as correct/fit_GD_central_differences_float64, only the order differs)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    X64, Y64 = X.double(), Y.double()
    w = torch.zeros(1, dtype=torch.float64)
    b = torch.zeros(1, dtype=torch.float64)
    h = 1e-4

    def L(w, b):
        return loss_func(model(X64, w, b), Y64).item()

    losses = []
    for epoch in range(num_epochs):
        grad_w = (L(w + h, b) - L(w - h, b)) / (2 * h)
        grad_b = (L(w, b + h) - L(w, b - h)) / (2 * h)
        losses.append(L(w, b))
        w, b = w - lr * grad_w, b - lr * grad_b
    return np.array(losses)
''',
}
