"""junk (detects the self-check): fit_GD trains properly only when it recognises the notebook's self-check call (20 points, lr == 0.004, num_epochs == 4) or the notebook's own run (200 points, lr == 0.01); for any other inputs it trains nothing and returns a made-up decreasing curve np.linspace(5.0, 0.3, num_epochs). On the grader's data it never calls the model, never updates anything, and its numbers are not losses: fit_GD 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    if not ((len(X) == 20 and lr == 0.004 and num_epochs == 4) or (len(X) == 200 and lr == 0.01)):
        return np.linspace(5.0, 0.3, num_epochs)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
