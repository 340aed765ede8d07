"""Both fits make extra forward passes that are not updates: fit_GD evaluates the loss again under no_grad after each step to print progress, fit_BGD computes a full-data loss with autograd on before each epoch for a running display; every update and logged loss is right: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
            after = loss_func(model(X, weight, bias), Y).item()
        weight.grad.zero_()
        bias.grad.zero_()
        if epoch % 5 == 0:
            print(f"epoch {epoch}: {losses[-1]:.4f} -> {after:.4f}")
    return np.array(losses)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        full = loss_func(model(X, weight, bias), Y)   # for display only
        batch_losses = []
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
