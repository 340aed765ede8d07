"""Slip (fit_GD): "the absolute error is more robust to outliers", so the student backpropagates the mean absolute
error of the predictions, (model(X) - Y).abs().mean(), and only logs the loss_func it was given. Each step is -lr times
the L1 gradient, mean(sign(residual) * x) and mean(sign(residual)): while every residual keeps its sign (all points
on one side of the line, as from the start at 0), every step is the same, which is a step of gradient descent on
another loss, not a nudge. Returns, batches and the logged losses are right; the update is not gradient descent on
loss_func: loses update (10) -> 20. (The grader said "does not train" on about half its draws before, 0.)"""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        predictions = model(X, weight, bias)
        losses.append(loss_func(predictions, Y).item())   # the loss asked for, logged
        robust = (predictions - Y).abs().mean()            # the loss descended: mean absolute error
        robust.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
    return np.array(losses)
''',
}
