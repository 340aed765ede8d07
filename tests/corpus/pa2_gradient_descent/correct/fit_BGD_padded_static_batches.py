"""Correct but odd (static shapes, a habit from JAX/TPU code): fit_BGD pads X and Y with zero rows up to a multiple of batch_size and views them as (K, batch_size, 1), so every batch has the same shape. For each batch it runs the model on the whole padded batch and passes only the real rows to the loss, loss_func(pred[:m], y_batch[:m]), where m = batch_size except for the last batch (n - (K-1) * batch_size). The padding rows never enter the loss, so each update is exactly -lr * the gradient of that batch's MSE, every point is used once per epoch, the last batch is partial in the loss, and the epoch loss is the mean of the K batch losses: full marks. The model sees a few zero rows in the last batch (an extra forward pass over rows that carry no weight), like the corpus' bgd_slices_a_full_prediction that predicts more rows than the loss uses."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = X.shape[0]
    k = -(-n // batch_size)                 # number of batches
    pad = k * batch_size - n
    Xp = torch.cat([X, X.new_zeros(pad, X.shape[1])]).view(k, batch_size, X.shape[1])
    Yp = torch.cat([Y, Y.new_zeros(pad, Y.shape[1])]).view(k, batch_size, Y.shape[1])
    real = [batch_size] * (k - 1) + [n - (k - 1) * batch_size]   # real rows per batch
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for xb, yb, m in zip(Xp, Yp, real):
            pred = model(xb, weight, bias)
            loss = loss_func(pred[:m], yb[:m])     # padding rows do not count
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
