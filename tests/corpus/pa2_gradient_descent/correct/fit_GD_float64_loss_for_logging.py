"""fit_GD trains in float32 exactly like the reference, but the loss it RECORDS is the same loss at the same
parameters recomputed in float64 (the given model and loss_func on X.double(), Y.double() and double copies of the
parameters, under no_grad, before the update): the student read that float32 losses overflow to inf when a run
diverges and wanted finite numbers in the history. The recorded value equals the float32 loss.item() to about 1e-7
relative (and stays finite where float32 would overflow); the extra evaluation is a forward pass at the current
parameters, not an update. Every update is -lr * gradient and every logged loss the loss before its update: full
marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    X64, Y64 = X.double(), Y.double()
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        with torch.no_grad():  # the same loss in double precision, for the record (no overflow to inf)
            losses.append(loss_func(model(X64, weight.double(), bias.double()), Y64).item())
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad = None
        bias.grad = None
    return np.array(losses)
''',
}
