"""NumPy habit, one slip in fit_BGD: to visit the points in a new order every epoch (allowed by the notebook) the student shuffles an index TENSOR the NumPy way, order = torch.arange(n); np.random.shuffle(order). np.random.shuffle swaps elements with x[i], x[j] = x[j], x[i], and indexing a tensor gives VIEWS, so the swaps copy values over each other: the 'permutation' holds duplicates and misses other indices (12 distinct of 20 in a quick test; NumPy even warns that a Tensor 'may contain duplicates after shuffling'). Each epoch then trains some points two or three times and others not at all. Every update is an honest -lr * gradient of the rows it drew, the epoch loss the mean of its batch losses, the array has num_epochs floats. Like sampling with replacement: returns 6, batches 0 (not every point once per epoch), update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        order = torch.arange(n)
        np.random.shuffle(order)          # a new order every epoch
        batch_losses = []
        for start in range(0, n, batch_size):
            rows = order[start:start + batch_size]
            loss = loss_func(model(X[rows], weight, bias), Y[rows])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
