"""Both fits use torch.optim.SGD with optimizer.step(closure) (the closure zeroes the gradients, computes the loss, calls backward and returns the loss, which step() returns and the fit logs), with 0-d parameter tensors torch.tensor(0.5, requires_grad=True). fit_GD is a list comprehension over the epochs; fit_BGD cuts the data once into lists of slices and zips over those chunk lists (last chunk partial), epoch loss np.mean of the batch losses. Every update is -lr * the gradient of its batch, every loss the one before its update: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.tensor(0.5, requires_grad=True)   # 0-d parameters broadcast just as well
    bias = torch.tensor(-0.5, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)

    def closure():
        optimizer.zero_grad()
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        return loss

    # step(closure) evaluates the loss, steps, and returns the loss it evaluated (before the step)
    return np.array([optimizer.step(closure).item() for _ in range(num_epochs)])
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.tensor(0.5, requires_grad=True)
    bias = torch.tensor(-0.5, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    x_chunks = [X[i:i + batch_size] for i in range(0, len(X), batch_size)]
    y_chunks = [Y[i:i + batch_size] for i in range(0, len(Y), batch_size)]
    epoch_losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(x_chunks, y_chunks):
            def closure():
                optimizer.zero_grad()
                loss = loss_func(model(xb, weight, bias), yb)
                loss.backward()
                return loss
            batch_losses.append(optimizer.step(closure).item())
        epoch_losses.append(np.mean(batch_losses))
    return np.array(epoch_losses)
''',
}
