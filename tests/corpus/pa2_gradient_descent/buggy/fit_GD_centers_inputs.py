"""Slip ('feature scaling helps gradient descent'): fit_GD centres its inputs first, Xc = X - X.mean() (a new tensor; the caller's X is untouched), and trains model(Xc, weight, bias) on them: one full-data step per epoch, grads zeroed, loss logged before each step. The logged losses are honest MSEs of lines through the data, but the parameters are those of another parametrisation (the bias of the centred model is b + w * mean(x)), so the steps are not gradient steps of the asked model w * x + b on X, and the model is fed data that are not X. Arguably 0 (README: a fit that does not train on the data it was given earns nothing). The message should say that the model was given transformed (centred) X, not blame 'the notebook's data'."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    Xc = X - X.mean()  # centred inputs: better conditioned
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(Xc, weight, bias), Y)
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
