"""junk (property-matching: 'the parameters move at every batch'): fit_BGD walks the right batches (torch.split, last one partial), computes each batch's loss with autograd on and logs the honest mean of the batch losses, but never calls backward: its 'update' moves the parameters by a tiny FIXED amount in a fixed direction, weight -= 1e-4 and bias += 1e-4, after every batch, whatever the data, the loss and lr. The parameters change once per batch (the right number of updates) and the logged losses are real, yet nothing is learnt. README: mini-batch changes far smaller than gradient steps and unrelated to them are not training, and a fit that does no gradient descent earns nothing: fit_BGD 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            batch_losses.append(loss.item())
            with torch.no_grad():
                weight -= 1e-4
                bias += 1e-4
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
