"""ONE slip in fit_BGD (a newer idiom with a silent edge): the batches are cut with Tensor.unfold, a sliding window
of size batch_size and step batch_size, X.unfold(0, batch_size, batch_size).transpose(1, 2) (shape (K, batch_size,
1); the transpose makes each batch a NON-contiguous (batch_size, 1) view, which the broadcasting model handles fine).
unfold only makes COMPLETE windows: when batch_size does not divide n the leftover points (the short last batch)
are silently dropped, although the notebook says the last batch 'must still be used'. For the notebook's 200 points
in batches of 10 it is exactly right. Each step is -lr * the gradient of the batch it used, and the epoch loss is
the mean of its batch losses: like the corpus' fit_BGD_drops_last_partial_batch, returns 6, batches 0 (not every
point once per epoch), update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    # windows of batch_size rows, step batch_size: (K, 1, batch_size) -> (K, batch_size, 1)
    X_batches = X.unfold(0, batch_size, batch_size).transpose(1, 2)
    Y_batches = Y.unfold(0, batch_size, batch_size).transpose(1, 2)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(X_batches, Y_batches):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
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
