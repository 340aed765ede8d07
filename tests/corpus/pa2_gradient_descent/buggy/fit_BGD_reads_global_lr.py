"""Slip (reads a notebook global instead of its argument): fit_BGD names its learning-rate parameter `learning_rate` in the def line (the notebook calls it positionally, so nothing breaks), but the update lines use `lr`, which inside the function is the notebook's GLOBAL lr = 0.01 (set by the run_GD cell). In the notebook's own run the global equals the argument, so loss_BGD is right; the fit_BGD self-check does not check the size of a mini-batch step (it passes). On any other learning rate (the grader's lr is not 0.01) every step is 0.01 * gradient instead of lr * gradient. Batches (torch.split, last partial), zeroing and logging are right. Like a hard-coded learning rate: returns 6, batches 8, update 0, loss 6 -> 20. The message should say the step does not use the given lr."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, learning_rate, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
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
