"""Slip (NumPy is not a list): fit_GD starts with losses = np.array([]) and records each epoch with np.append(losses, loss.item()) WITHOUT assigning the result (np.append returns a new array; it does not change its argument). Training is right (one full-data step per epoch, grads zeroed), but the function returns an empty float array. Returns 0 (0 values for num_epochs), batches 8, update 10, loss 0 (nothing to compare) -> 18. The message should say 0 values were returned."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 18, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = np.array([])
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        np.append(losses, loss.item())
    return losses
''',
}
