"""scikit-learn habit, one slip in fit_BGD: 'y should be a 1d array', so the student flattens the targets first, y = Y.ravel(), and cuts X and y with torch.split. Each batch's loss is loss_func(model(x_batch) of shape (b, 1), y_batch of shape (b,)): broadcasting silently makes a (b, b) table of every prediction against every target of the batch, so the loss (and its gradient) is the mean over all pairs, not the batch MSE. Batches are right (every point once per epoch, batch_size, last partial, one update each), the array has num_epochs floats, but every step follows the gradient of the wrong quantity and every logged loss is that wrong quantity. Like the corpus' squeezed-prediction fit: returns 6, batches 8, update 0, loss 0 -> 14."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 14, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    y = Y.ravel()                        # targets as a 1-d array, like scikit-learn wants them
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
