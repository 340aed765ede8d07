"""A weak student coming from R, three slips in three parts.
(1) model: R vectors start at 1, so the parameters are read as weight[1] and bias[1]. A tensor of shape (1,) has only index 0: every call raises IndexError. The model never returns: values 0, shape 0, gradients 0 -> 0.
(2) plot_GD: written like R's plot(), plt.plot(epoch, loss_GD, type='b', xlab=..., ylab=..., main=...). matplotlib rejects the unknown keyword ('Line2D.set() got an unexpected keyword argument'), nothing is drawn and no label or title is set: -> 0.
(3) fit_BGD: the batch starts are R's seq(1, n, by = batch_size), range(1, n, batch_size), with rows X[start:start + batch_size]: the end was converted to Python, the 1-based start was not. Row 0 is never used and the last batch is one row short (every batch shifted by one). Each step is a correct step on its rows and the epoch loss is the mean of its batch losses: returns 6, batches 0, update 10, loss 6 -> 22.
fit_GD, loss_func and plot_BGD are the reference (the fits are graded with their own model and loss)."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    return weight[1] * data + bias[1]
''',
    "plot_GD_answer": r'''
epoch = np.arange(1, len(loss_GD) + 1)
plt.plot(epoch, loss_GD, type="b", xlab="Epoch", ylab="MSE", main="Full-batch gradient descent")
plt.show()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(1, n, batch_size):            # seq(1, n, by = batch_size)
            x_batch = X[start:start + batch_size]
            y_batch = Y[start:start + batch_size]
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
