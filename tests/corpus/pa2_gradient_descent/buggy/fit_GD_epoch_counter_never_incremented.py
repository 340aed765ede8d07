"""Only fit_GD never ends: `epoch = 0; while epoch < num_epochs:` with the `epoch += 1` forgotten (each step inside is a right gradient step under torch.no_grad()). The locked run_GD cell and the fit_GD probe each run until the cell time limit and are interrupted. fit_GD 0 (the message should say it did not finish). Everything else is the reference and must keep full marks: interrupting fit_GD (possibly in the middle of its `with torch.no_grad():` block) must not leave autograd switched off, or anything else, for the later parts: fit_BGD 30, plots 5."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

#: Runs until its cell times out: left out of the benchmark's samples.
NEVER_ENDS = True

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    epoch = 0
    while epoch < num_epochs:
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
