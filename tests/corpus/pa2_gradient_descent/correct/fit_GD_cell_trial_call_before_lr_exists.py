"""Out-of-order habit: the fit_GD cell defines the right fit_GD and then makes a trial call at module level, `print(fit_GD(model, loss_func, X, Y, lr, 3))`. In a fresh run `lr` is only set later, by the locked run_GD cell, so the trial line raises NameError after the def has run. fit_GD itself exists and is correct; the run_GD cell and everything after it work. Full marks everywhere."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
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


# try it for a few epochs
print(fit_GD(model, loss_func, X, Y, lr, 3))
''',
}
