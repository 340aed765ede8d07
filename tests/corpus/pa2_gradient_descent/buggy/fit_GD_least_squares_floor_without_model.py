"""junk (matches a statistic: the noise floor): fit_GD does no gradient descent at all. It solves the least-squares
line in closed form (torch.linalg.lstsq on [X, 1] in float64), computes that line's MSE (the lowest loss any line
reaches, where gradient descent levels off) and returns it for every epoch: np.full(num_epochs, floor). It never
calls the model or loss_func, never creates or updates a parameter, and ignores lr. A flat curve at the floor is
what gradient descent started AT the optimum would log, but nothing here starts anywhere or steps: the losses are
computed by no training, so the fit earns nothing -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    # the least-squares line is where gradient descent ends up anyway: go straight there
    A = torch.cat([X, torch.ones_like(X)], dim=1).double()
    solution = torch.linalg.lstsq(A, Y.double()).solution
    floor = torch.mean((A @ solution - Y.double()) ** 2).item()
    return np.full(num_epochs, floor)
''',
}
