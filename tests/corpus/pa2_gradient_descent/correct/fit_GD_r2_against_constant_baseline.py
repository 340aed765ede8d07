"""fit_GD reports R^2 while it trains. Before the loop it evaluates, under torch.no_grad(), the constant baseline the coefficient of determination compares with: the given model at weight 0 and bias = mean(Y), i.e. the best horizontal line, baseline = loss_func(model(X, zeros(1), Y.mean().reshape(1)), Y).item(). Then it trains exactly like the reference (rand init, one full-data forward pass, backward, no_grad update, grads zeroed, loss.item() logged before the step) and prints the loss and R^2 = 1 - loss / baseline every epoch. The baseline is one extra forward pass at other parameters, before training, never an update (README: extra forward passes are not updates; updates are judged from the parameters' history). Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent; prints R^2 against the best horizontal line as it goes."""
    with torch.no_grad():  # baseline for R^2: weight 0, bias = mean of the targets
        baseline = loss_func(model(X, torch.zeros(1), Y.mean().reshape(1)), Y).item()
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
        r2 = 1.0 - losses[-1] / baseline if baseline > 0 else float("nan")
        print(f"epoch {epoch + 1:3d}: loss {losses[-1]:.4f}, R^2 {r2:.3f}")
    return np.array(losses)
''',
}
