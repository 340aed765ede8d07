"""fit_GD squeezes the predictions to shape (n,) before the loss, loss_func(model(X, w, b).squeeze(), Y) with Y of shape (n, 1): broadcasting makes an (n, n) table of every prediction against every target, so both the step and the logged loss are those of the wrong quantity. It still makes one update per epoch on all the data and returns a float array: returns 6, batches 8, update 0, loss 0 -> 14."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 14, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        y_hat = model(X, weight, bias).squeeze()   # predictions as a flat vector
        loss = loss_func(y_hat, Y)
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
