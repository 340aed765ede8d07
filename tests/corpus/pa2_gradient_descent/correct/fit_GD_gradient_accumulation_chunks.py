"""fit_GD accumulates the full-batch gradient ON PURPOSE over chunks of 16 rows (gradient accumulation, a habit from
training big models that do not fit in memory at once): for each chunk it back-propagates that chunk's MSE times its
share of the data, len(chunk) / n, so that the .grad buffers ADD UP to exactly the gradient of the MSE over all n
points (sum over chunks of |C|/n * mean_C = mean over all points); only then does it make ONE update per epoch
and zero the gradients. The logged loss is the sum of the weighted chunk losses, i.e. the full-data MSE before the
update. This is full-batch gradient descent as the notebook defines it (the loss on all the data, one update per
epoch); the model is simply called on pieces of the data at the same parameters (README: extra forward passes are
not updates; updates are judged from the parameters' history; cf. correct/fit_GD_pointwise_predictions). Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Full-batch gradient descent; the full gradient is accumulated over chunks of rows."""
    CHUNK = 16                     # rows per forward pass (gradient accumulation)
    n = len(X)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        epoch_loss = 0.0
        for start in range(0, n, CHUNK):
            x_chunk, y_chunk = X[start:start + CHUNK], Y[start:start + CHUNK]
            share = len(x_chunk) / n
            part = loss_func(model(x_chunk, weight, bias), y_chunk) * share
            part.backward()        # .grad adds up the chunks: that is what we want here
            epoch_loss += part.item()
        with torch.no_grad():      # ONE update per epoch, with the gradient of all the data
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(epoch_loss)
    return np.array(losses)
''',
}
