"""Notebook-state habit done right: the fit_GD cell keeps a module-level list, ALL_LOSSES = [], 'so I can look at every run afterwards'. fit_GD appends each epoch's loss to it (global list, so it grows across calls and across re-runs of the run cell), but it remembers where its own call started, start = len(ALL_LOSSES), and returns np.array(ALL_LOSSES[start:]), exactly this call's num_epochs losses. Repeated calls (the notebook's run_GD, the self-check, the exercises, the grader) each get only their own losses. The training loop is the reference (one full-data step per epoch under no_grad, grads zeroed, loss.item() before the step). Full marks everywhere."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
ALL_LOSSES = []  # every loss of every run, for my own curiosity


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    start = len(ALL_LOSSES)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        ALL_LOSSES.append(loss.item())
    return np.array(ALL_LOSSES[start:])
''',
}
