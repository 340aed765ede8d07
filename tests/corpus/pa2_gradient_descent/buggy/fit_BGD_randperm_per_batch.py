"""fit_BGD seeds once per epoch (torch.manual_seed(epoch), 'reproducible') and then draws a NEW torch.randperm(n) for every batch, taking positions k*batch_size ... of each fresh permutation: the batches of an epoch come from different permutations, so some points are used twice and others not at all in an epoch. Honest mini-batch steps on the rows it drew, mean of batch losses logged: returns 6, batches 0 (not every point once per epoch), update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = len(X)
    num_batches = (n + batch_size - 1) // batch_size
    losses = []
    for epoch in range(num_epochs):
        torch.manual_seed(epoch)                      # reproducible
        total = 0.0
        for k in range(num_batches):
            idx = torch.randperm(n)[k * batch_size:(k + 1) * batch_size]
            loss = loss_func(model(X[idx], weight, bias), Y[idx])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad = None
            bias.grad = None
            total += loss.item()
        losses.append(total / num_batches)
    return np.array(losses)
''',
}
