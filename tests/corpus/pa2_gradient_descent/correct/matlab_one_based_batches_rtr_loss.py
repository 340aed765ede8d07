"""MATLAB habits, translated correctly: loss_func is r'*r/n, (r.T @ r) / r.numel(), a (1, 1) one-element tensor equal to the MSE with gradient 2 r / n. fit_GD pre-allocates J = np.zeros(num_epochs) and loops `for it in range(1, num_epochs + 1)` storing J[it - 1]. fit_BGD counts K = ceil(n / batch_size) batches with n = X.shape[0] (size(X, 1)) and, for k = 1..K, takes MATLAB's idx = (k-1)*bs+1 : min(k*bs, n), converted to the Python slice [(k-1)*bs, min(k*bs, n)) by subtracting one from the start only: exactly the consecutive batches, last one partial; the epoch loss is mean(Jk). Plots with 1-based x = 1:numel, linewidth=2, grid on. All correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    r = y_pred - y_true             # residual column, n x 1
    return (r.T @ r) / r.numel()    # MATLAB: r' * r / numel(r)
''',
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    w = torch.rand(1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    J = np.zeros(num_epochs)        # J = zeros(num_epochs, 1) in MATLAB, but numpy wants it flat
    for it in range(1, num_epochs + 1):
        cost = loss_func(model(X, w, b), Y)
        cost.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
        J[it - 1] = cost.item()     # 1-based counter, 0-based storage
    return J
''',
    "plot_GD_answer": r'''
numel = len(loss_GD)
plt.figure()
plt.plot(np.arange(1, numel + 1), loss_GD, "b-o", linewidth=2)   # plot(1:numel(J), J, 'b-o', 'LineWidth', 2)
plt.grid(True)                                                     # grid on
plt.xlabel("Iteration")
plt.ylabel("Cost J (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
    "fit_BGD_answer": r'''
import math


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = X.shape[0]                  # size(X, 1)
    K = math.ceil(n / batch_size)   # ceil(n / bs) batches, the last one may be short
    w = torch.rand(1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    J = np.zeros(num_epochs)
    for epoch in range(1, num_epochs + 1):
        Jk = np.zeros(K)
        for k in range(1, K + 1):
            first = (k - 1) * batch_size + 1          # MATLAB indices, 1-based and inclusive
            last = min(k * batch_size, n)
            rows = slice(first - 1, last)             # the same rows in Python: start - 1, end unchanged
            cost = loss_func(model(X[rows], w, b), Y[rows])
            cost.backward()
            with torch.no_grad():
                w -= lr * w.grad
                b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
            Jk[k - 1] = cost.item()
        J[epoch - 1] = Jk.mean()
    return J
''',
    "plot_BGD_answer": r'''
numel = len(loss_BGD)
plt.figure()
plt.plot(np.arange(1, numel + 1), loss_BGD, "r-s", linewidth=2, markersize=4)
plt.grid(True)
plt.xlabel("Epoch")
plt.ylabel("Cost J (mean over the batches)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
