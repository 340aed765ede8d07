"""Zeroes the gradients at the START of each step (guarded for None), X.split/Y.split batches, .square().mean() loss, styled plots with grid and tight_layout: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return (weight * data) + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return (y_pred - y_true).square().mean()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        # clear old gradients first
        for p in (weight, bias):
            if p.grad is not None:
                p.grad.zero_()
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight.add_(weight.grad, alpha=-lr)
            bias.add_(bias.grad, alpha=-lr)
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_GD_answer": '''
plt.figure()
plt.plot(loss_GD, color="purple", linewidth=2, label="GD")
plt.grid(alpha=0.3)
plt.legend()
plt.xlabel("Epoch")
plt.ylabel("MSE")
plt.title("Full-batch gradient descent")
plt.tight_layout()
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(X.split(batch_size), Y.split(batch_size)):
            for p in (weight, bias):
                if p.grad is not None:
                    p.grad.zero_()
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight.add_(weight.grad, alpha=-lr)
                bias.add_(bias.grad, alpha=-lr)
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
    "plot_BGD_answer": '''
plt.figure()
plt.plot(loss_BGD, color="orange", linewidth=2, label="mini-batch GD")
plt.grid(alpha=0.3)
plt.legend()
plt.xlabel("Epoch")
plt.ylabel("MSE")
plt.title("Mini-batch gradient descent")
plt.tight_layout()
plt.show()
''',
    "discussion": '''
Mini-batches are preferable when the data set is big or redundant, since a batch gives nearly the same direction as the full gradient for a fraction of the work.
If the data is small, like here, full-batch GD is fast anyway and gives a deterministic, smooth loss curve.
''',
}
