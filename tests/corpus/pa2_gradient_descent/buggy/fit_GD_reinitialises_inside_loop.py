"""fit_GD creates weight and bias INSIDE the epoch loop (indented one level too far): every epoch starts again from fresh random parameters, makes one gradient step that the next epoch throws away, and logs the loss of a random starting point. Nothing is learnt across epochs; the curve is noise. A fit that does not train earns nothing (README: form without substance) -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    losses = []
    for epoch in range(num_epochs):
        weight = torch.rand(1, requires_grad=True)
        bias = torch.rand(1, requires_grad=True)
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        losses.append(loss.item())
    return np.array(losses)
''',
}
