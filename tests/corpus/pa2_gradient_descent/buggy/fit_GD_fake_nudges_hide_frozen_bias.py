"""(Re-judged: the fake passes are deliberate deception; the grader gives 0, so the trick earns nothing.) junk-ish slip: fit_GD updates the weight only (bias never updated), and after each update makes a throw-away forward pass at (weight, bias + 1e-4) to look like a finite difference. The bias never moves: the update criterion must be lost (10), as for a bias left frozen; the rest as the grader judges a frozen-bias slip (returns, batches, loss kept: 20)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    w0 = weight.detach().clone()
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            model(X, w0, bias + 1e-4)
            weight -= lr * weight.grad
            weight.grad.zero_()
            bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
