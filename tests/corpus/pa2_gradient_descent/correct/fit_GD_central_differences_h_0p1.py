"""honest: fit_GD by central differences in float64 with h = 0.1: (L(p+h) - L(p-h)) / 2h is EXACT for a quadratic loss (the MSE of a line) whatever h, so every update is -lr * gradient. Loss logged before the update. Full marks (the probe passes are not updates; they are 0.1 away only because the step is large)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    X64, Y64 = X.double(), Y.double()
    w = torch.zeros(1, dtype=torch.float64)
    b = torch.zeros(1, dtype=torch.float64)
    h = 0.1

    def L(w, b):
        return loss_func(model(X64, w, b), Y64).item()

    losses = []
    for epoch in range(num_epochs):
        current = L(w, b)
        grad_w = (L(w + h, b) - L(w - h, b)) / (2 * h)
        grad_b = (L(w, b + h) - L(w, b - h)) / (2 * h)
        losses.append(current)
        w, b = w - lr * grad_w, b - lr * grad_b
    return np.array(losses)
''',
}
