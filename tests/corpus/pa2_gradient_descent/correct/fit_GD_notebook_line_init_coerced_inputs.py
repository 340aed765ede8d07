"""Correct but odd-looking fit_GD: it starts from the notebook's true line (weight = 3, bias = 0, 'a good guess for this data'), which the spec allows ('initialise the parameters however you like'); it coerces its inputs (torch.as_tensor in float32, Y reshaped to X's shape, lr and num_epochs through float() / int()) and returns an empty float array at once for num_epochs <= 0. From there every epoch is one full-data step of -lr * gradient through the given model and loss, logged before the step. On the grader's data (other lines) it starts far from the optimum and descends like any other initialisation: full marks. A grader must not mistake the fixed START for a run that moves toward a line typed in the code."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    X = torch.as_tensor(X, dtype=torch.float32)
    Y = torch.as_tensor(Y, dtype=torch.float32).reshape(X.shape)
    lr, num_epochs = float(lr), int(num_epochs)
    if num_epochs <= 0:
        return np.zeros(0, dtype=float)
    weight = torch.tensor([3.0], requires_grad=True)   # the slope the data were made with
    bias = torch.tensor([0.0], requires_grad=True)
    losses = np.empty(num_epochs, dtype=float)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        weight.grad = bias.grad = None
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        losses[epoch] = loss.item()
    return losses
''',
}
