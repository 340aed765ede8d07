"""fit_GD back-propagates the TOTAL squared error, (loss * len(X)).backward() ('the gradient should use the sum
over the points'), while it logs loss.item(), the MSE: every update is n times -lr * gradient of the MSE (with the
grader's lr and n it overshoots / diverges). One update per epoch on all the data, loss logged before the update:
returns 6, batches 8, update 0, loss 6 -> 20. The message should say the steps are n times too large."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        total_error = loss * len(X)          # sum of squared errors
        total_error.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
