"""MATLAB habit, one slip in fit_BGD: the student reports the exact epoch MSE (accepted by the notebook): sum over batches of batch loss * batch size, divided by the number of points n. n is written n = X.size(1), MATLAB's size(X, 1) (the number of ROWS there), but in PyTorch size(1) is the number of COLUMNS, 1. n is used only in that denominator (batches come from torch.split), so training is exactly the reference, but every epoch loss is the SUM of the epoch's squared errors, n times the MSE. returns 6, batches 8, update 10, loss 0 -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = X.size(1)                          # size(X, 1): number of points
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        squared_errors = 0.0
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            squared_errors += loss.item() * len(x_batch)
        losses.append(squared_errors / n)     # the exact epoch MSE
    return np.array(losses)
''',
}
