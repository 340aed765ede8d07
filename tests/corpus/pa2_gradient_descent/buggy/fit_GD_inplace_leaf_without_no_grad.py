"""Beginner slip: fit_GD updates with weight -= lr * weight.grad but WITHOUT `with torch.no_grad():` (the student skipped that line of the spec). PyTorch refuses an in-place change of a leaf that requires grad: RuntimeError 'a leaf Variable that requires grad is being used in an in-place operation' at the first update of every call, so fit_GD never returns anything. A function that raises on every call earns nothing: fit_GD 0. The message should quote the RuntimeError (leaf Variable / in-place)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        weight -= lr * weight.grad
        bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
