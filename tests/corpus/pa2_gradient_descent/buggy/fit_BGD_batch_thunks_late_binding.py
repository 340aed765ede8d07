"""Slip (late-bound closures over the loop variable): fit_BGD prepares its batches once per call as a list of
zero-argument lambdas, getters = [lambda: (X[start:start + batch_size], Y[start:start + batch_size]) for start in
range(0, len(X), batch_size)], 'so the slicing is done lazily'. Each lambda reads `start` when it is called, after the
comprehension has finished, so every getter returns the LAST batch (the short one when batch_size does not divide n).
Each epoch makes K = ceil(n / batch_size) updates, all on the last batch; each step is -lr * the gradient of the batch
it used, and the epoch loss is the mean of the K batch losses it computed. Like the corpus' fit_BGD_only_first_batch
(wrong batches, honest steps): returns 6, batches 0, update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    getters = [lambda: (X[start:start + batch_size], Y[start:start + batch_size])
               for start in range(0, len(X), batch_size)]
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for get_batch in getters:
            x_batch, y_batch = get_batch()
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
