"""fit_GD is declared with defaults taken from notebook globals, def fit_GD(model, loss_func, X, Y, lr=lr, num_epochs=num_epochs), written after the student had run the notebook once out of order. In a fresh run lr does not exist yet when the fit_GD cell runs (it is set in the run_GD cell that follows), so the def itself raises NameError: name 'lr' is not defined and no fit_GD is ever defined. The body is right, but the notebook has no fit_GD: fit_GD 0. The message should name the NameError on lr / say fit_GD is not defined."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr=lr, num_epochs=num_epochs):
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
