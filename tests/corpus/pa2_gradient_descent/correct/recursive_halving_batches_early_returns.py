"""Recursion where it is natural, and early returns. fit_BGD cuts the rows 0..n into batch bounds with a recursive
divide-and-conquer helper, bounds(start, stop, size): a range of at most `size` rows is one batch; a longer one is
split at a multiple of `size` near its middle and both halves are cut recursively, so the result is exactly the
consecutive batches of torch.split (every row once, only the last batch shorter) and the recursion is only about
log2(n / size) deep, whatever n is. Both fits return early for num_epochs == 0 (an empty float array, the right
shape (0,)), and fit_BGD treats batch_size >= n as one batch per epoch through the same helper. model uses an early
return for a 1-D data (adds the column axis) and otherwise weight * data + bias; loss_func flattens both sides and
averages the squares (the same number for (n, 1) inputs). Plots are ax.plot with ax.set(...). Correct for every valid
input, every call: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    if data.dim() == 1:                 # a bare vector of inputs: treat it as a column
        return model(data.unsqueeze(1), weight, bias)
    return weight * data + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    diff = y_pred.reshape(-1) - y_true.reshape(-1)
    return (diff ** 2).sum() / diff.numel()
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    if num_epochs <= 0:
        return np.zeros(0)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = np.empty(num_epochs)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        weight.grad = bias.grad = None
        loss.backward()
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
        losses[epoch] = loss.item()
    return losses
''',
    "fit_BGD_answer": '''
def bounds(start, stop, size):
    """[(a, b), ...]: consecutive slices of at most `size` rows covering start..stop, cut recursively."""
    if stop - start <= size:
        return [(start, stop)]
    batches = -(-(stop - start) // size)          # how many batches this range holds
    middle = start + (batches // 2) * size        # a batch boundary near the middle
    return bounds(start, middle, size) + bounds(middle, stop, size)


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    if num_epochs <= 0:
        return np.zeros(0)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    cuts = bounds(0, len(X), batch_size)
    losses = np.empty(num_epochs)
    for epoch in range(num_epochs):
        total = 0.0
        for a, b in cuts:
            loss = loss_func(model(X[a:b], weight, bias), Y[a:b])
            weight.grad = bias.grad = None
            loss.backward()
            with torch.no_grad():
                weight.sub_(lr * weight.grad)
                bias.sub_(lr * bias.grad)
            total += loss.item()
        losses[epoch] = total / len(cuts)
    return losses
''',
    "plot_GD_answer": '''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-")
ax.set(xlabel="Epoch", ylabel="Loss (MSE)", title="Full-batch gradient descent")
plt.show()
''',
    "plot_BGD_answer": '''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "s-", color="tab:orange")
ax.set(xlabel="Epoch", ylabel="Mean batch loss (MSE)", title="Mini-batch gradient descent")
plt.show()
''',
}
