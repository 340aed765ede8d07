"""A weak student thinking in NumPy, three slips in three parts.
(1) loss_func: np.mean((y_pred - y_true) ** 2) on tensors. np.mean hands a non-array to its .mean(axis=..., dtype=..., out=...) method, and torch's Tensor.mean does not take 'axis' there: every call raises TypeError. value 0, tensor 0, gradient 0 -> 0.
(2) plot_GD: the x axis is np.linspace(1, len(loss_GD)), thinking it gives one point per epoch; NumPy's default is num=50, so x has 50 values and y 20: plt.plot raises ValueError ('x and y must have same first dimension') and nothing is drawn; labels and title come after it and never run -> 0.
(3) fit_BGD: the batch losses are kept in a table, one row per epoch (num_epochs x K), and the epoch losses are taken as table.mean(axis=0): the mean over epochs of each batch POSITION, an array of K values instead of num_epochs (axis=1 was meant). In the notebook's run K = 20 = num_epochs, so it looks fine; the self-check (4 batches, 2 epochs) does not. Training is the reference: returns 0 (wrong shape), batches 8, update 10, loss 0 (not the epoch means) -> 18.
model, fit_GD and plot_BGD are the reference."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 18, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return np.mean((y_pred - y_true) ** 2)
''',
    "plot_GD_answer": r'''
epochs = np.linspace(1, len(loss_GD))
plt.plot(epochs, loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    table = []                                     # one row of batch losses per epoch
    for _ in range(num_epochs):
        row = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            row.append(loss.item())
        table.append(row)
    return np.array(table).mean(axis=0)
''',
}
