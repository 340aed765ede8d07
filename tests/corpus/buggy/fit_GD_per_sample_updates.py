"""fit_GD loops over the points and updates after every single sample (SGD, not full-batch GD) and logs the mean sample loss: returns 6, batches 0, update 10 (each step is a correct step on its own 1-point batch), loss 0 (not the full-batch loss before the epoch) -> 16."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 16, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        epoch_loss = 0.0
        for i in range(len(X)):
            loss = loss_func(model(X[i:i + 1], weight, bias), Y[i:i + 1])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            epoch_loss += loss.item()
        losses.append(epoch_loss / len(X))
    return np.array(losses)
''',
}
