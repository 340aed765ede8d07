"""Beginner slip (integer array): fit_GD pre-allocates its history with np.zeros(num_epochs, dtype=int) ('one entry per epoch') and fills it with history[epoch] = loss.item(): NumPy silently truncates every loss to an integer (0.37 becomes 0). Training is right (one full-data step per epoch, grads zeroed). The returned array is an int array: returns keeps its points (an array of num_epochs numbers; the message says they are integers) and the loss loses its own (the values lost their fractions, and the message says so) -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 24, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = np.zeros(num_epochs, dtype=int)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        history[epoch] = loss.item()
    return history
''',
}
