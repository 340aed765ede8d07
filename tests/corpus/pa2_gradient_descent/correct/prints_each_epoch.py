"""Prints the loss every epoch, initialises with torch.tensor([0.0]), loss as sum/len, plots with 'o-' markers and a grid: fully correct (printing is harmless)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    prediction = weight * data + bias
    return prediction
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.sum((y_pred - y_true) ** 2) / len(y_true)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.tensor([0.0], requires_grad=True)
    bias = torch.tensor([0.0], requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        pred = model(X, weight, bias)
        loss = loss_func(pred, Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
        print(f"epoch {epoch + 1}/{num_epochs}: loss = {loss.item():.4f}, w = {weight.item():.3f}, b = {bias.item():.3f}")
    return np.array(losses)
''',
    "plot_GD_answer": '''
plt.plot(loss_GD, "o-")
plt.grid(True)
plt.xlabel("epoch")
plt.ylabel("MSE")
plt.title("GD loss per epoch")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.tensor([0.0], requires_grad=True)
    bias = torch.tensor([0.0], requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for i in range(0, len(X), batch_size):
            pred = model(X[i:i + batch_size], weight, bias)
            loss = loss_func(pred, Y[i:i + batch_size])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        epoch_loss = sum(batch_losses) / len(batch_losses)
        losses.append(epoch_loss)
        print(f"epoch {epoch + 1}: mean batch loss {epoch_loss:.4f}")
    return np.array(losses)
''',
    "plot_BGD_answer": '''
plt.plot(loss_BGD, "o-")
plt.grid(True)
plt.xlabel("epoch")
plt.ylabel("MSE")
plt.title("Mini-batch GD loss per epoch")
plt.show()
''',
    "discussion": '''
Use mini-batches when the data set is big: the gradient of a random subset is a cheap estimate of the full gradient, so you can take many steps per pass over the data.
They also fit the memory limits of a GPU. Full batches give exact gradients and smoother curves, which is fine for small data like here.
''',
}
