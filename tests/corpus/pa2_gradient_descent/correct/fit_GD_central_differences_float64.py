"""fit_GD gets its gradient WITHOUT autograd, by central finite differences in double precision: X and Y are
converted to float64, the parameters are plain float64 tensors, and for each parameter the loss is evaluated at
+h and -h (h = 1e-4) through the given model and loss_func; (L(p+h) - L(p-h)) / 2h is exact for a quadratic loss
up to float64 rounding (~1e-9 relative). The logged loss is the loss at the current parameters, taken before the
update; one update -lr * gradient per epoch on all the data. The extra forward passes at the probe points are not
updates (the parameters themselves only change in the update). Behaviourally full-batch gradient descent: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    # numerical gradient (central differences) -- I wanted to check autograd by hand
    X64, Y64 = X.double(), Y.double()
    params = [torch.zeros(1, dtype=torch.float64), torch.zeros(1, dtype=torch.float64)]   # weight, bias
    h = 1e-4

    def L(w, b):
        return loss_func(model(X64, w, b), Y64).item()

    losses = []
    for epoch in range(num_epochs):
        w, b = params
        current = L(w, b)
        grad_w = (L(w + h, b) - L(w - h, b)) / (2 * h)
        grad_b = (L(w, b + h) - L(w, b - h)) / (2 * h)
        params = [w - lr * grad_w, b - lr * grad_b]
        losses.append(current)
    return np.array(losses)
''',
}
