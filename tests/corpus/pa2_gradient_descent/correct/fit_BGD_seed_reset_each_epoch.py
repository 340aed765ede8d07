"""fit_BGD shuffles with torch.randperm, but the student put torch.manual_seed(0) INSIDE the epoch loop ('reproducible batches'), right before the permutation: every epoch visits the SAME shuffled order. Each epoch still uses every point exactly once, in batches of batch_size with a partial last one, and the notebook allows any order (the corpus accepts a fixed permutation, kwargs_params_dict_fixed_permutation). The seed reset also changes the global RNG, which nothing graded depends on. Updates, zeroing and the mean of batch losses are right: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = X.shape[0]
    losses = []
    for epoch in range(num_epochs):
        torch.manual_seed(0)  # reproducible batches
        order = torch.randperm(n)
        batch_losses = []
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
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
