"""Correct fit_BGD written defensively for edge sizes: it accepts 1-D or (n, 1) data and lists (torch.as_tensor, then .reshape(-1, 1)), clamps batch_size to [1, n] so a batch larger than the data is one full batch, returns an empty float array at once for num_epochs <= 0 or n == 0, and computes each batch's bounds with broadcasting, starts = arange(0, n, bs), ends = minimum(starts + bs, n) (last batch partial). For the spec's inputs every batch is used once per epoch, one update of -lr * batch gradient each, epoch loss the mean of the batch losses: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    X = torch.as_tensor(X, dtype=torch.float32).reshape(-1, 1)
    Y = torch.as_tensor(Y, dtype=torch.float32).reshape(-1, 1)
    n = X.shape[0]
    if num_epochs <= 0 or n == 0:
        return np.array([], dtype=float)
    batch_size = max(1, min(int(batch_size), n))
    starts = torch.arange(0, n, batch_size)
    ends = torch.minimum(starts + batch_size, torch.tensor(n))
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    for _ in range(num_epochs):
        total, count = 0.0, 0
        for s, e in zip(starts.tolist(), ends.tolist()):
            loss = loss_func(model(X[s:e], weight, bias), Y[s:e])
            grad_w, grad_b = torch.autograd.grad(loss, (weight, bias))
            with torch.no_grad():
                weight.sub_(lr * grad_w)
                bias.sub_(lr * grad_b)
            total += loss.item()
            count += 1
        history.append(total / count)
    return np.asarray(history, dtype=np.float64)
''',
}
