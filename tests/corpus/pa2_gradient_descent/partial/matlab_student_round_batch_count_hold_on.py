"""A weak student coming from MATLAB, two slips in two parts.
(1) fit_BGD: the number of batches is K = round(n / batch_size) and batch k is X[k*bs:(k+1)*bs] for k < K. For the notebook's 200/10 that is exact, but whenever the remainder is under half a batch (20 points in batches of 6: round(3.33) = 3) the last partial batch is never used, and Python's round even rounds 2.5 down to 2. Each step is a correct step on its rows and the epoch loss is the mean of the batch losses: returns 6, batches 0 (the points of the partial batch are never used), update 10, loss 6 -> 22.
(2) plot_BGD: plt.figure() then plt.hold(True), MATLAB's hold on. pyplot.hold was removed in matplotlib 3.0: AttributeError before anything is plotted, so the cell leaves an empty figure, no labels, no title -> 0.
model, loss_func, fit_GD and plot_GD are the reference."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = X.shape[0]
    K = round(n / batch_size)                 # number of batches
    w = torch.rand(1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    J = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        Jk = np.zeros(K)
        for k in range(K):
            xb = X[k * batch_size:(k + 1) * batch_size]
            yb = Y[k * batch_size:(k + 1) * batch_size]
            cost = loss_func(model(xb, w, b), yb)
            cost.backward()
            with torch.no_grad():
                w -= lr * w.grad
                b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
            Jk[k] = cost.item()
        J[epoch] = Jk.mean()
    return J
''',
    "plot_BGD_answer": r'''
plt.figure()
plt.hold(True)
plt.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, 'r-o', linewidth=2)
plt.xlabel('Epoch')
plt.ylabel('Cost J')
plt.title('Mini-batch gradient descent')
plt.show()
''',
}
