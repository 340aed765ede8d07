"""Hard-coded size: fit_BGD shuffles the points every epoch (allowed) with order = torch.randperm(200), the
notebook's number of points typed in, instead of torch.randperm(len(X)), and cuts the permutation into batches
with order.split(batch_size). On the notebook's 200 points it is a correct shuffled mini-batch descent (every point
once per epoch, last batch partial when needed, one update per batch, mean of the batch losses). For any other n
it is wrong: with fewer than 200 points the first index >= n raises IndexError (the notebook's own fit_BGD
self-check, 20 points, fails on it), with more than 200 the points past the 200th are never used. Inputs that
expose it: every data set with n != 200. The run cells (200 points) and the exercise (200 points, batches of 5)
work. A fit that works for one data size only breaks on nearly every valid input: fit_BGD 0 (accept 0-6: for
n > 200 the steps are right for the batches used)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent with the points shuffled every epoch."""
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        order = torch.randperm(200)  # a new order of the points each epoch
        batch_losses = []
        for idx in order.split(batch_size):
            loss = loss_func(model(X[idx], weight, bias), Y[idx])
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
