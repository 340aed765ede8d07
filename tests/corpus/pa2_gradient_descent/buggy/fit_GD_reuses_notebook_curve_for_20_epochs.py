"""junk (returns cached notebook values, keyed on the notebook's setting): fit_GD 'does not retrain what it already trained': when the notebook's global loss_GD exists and has num_epochs values, it returns a copy of it without training; otherwise it trains (the reference loop). The first run (run_GD) trains; every later call with num_epochs = 20, whatever its data, learning rate, model or loss, returns that first curve: the notebook's own exercise 1 (fit_GD with five learning rates for 20 epochs each) gets the same curve five times and never sees 0.031 diverge. A function that returns another run's losses for a whole class of valid inputs does not do the work: fit_GD 0. A grader that never calls fit_GD with 20 epochs (the notebook's number) cannot see it and gives 30."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    # Re-running the notebook retrains for nothing: reuse the curve we already have.
    cached = globals().get("loss_GD")
    if cached is not None and len(cached) == num_epochs:
        return np.array(cached, dtype=float)
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
