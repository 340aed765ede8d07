"""The classic mutable default argument: def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size, history=[]) appends each epoch's mean batch loss to `history` and returns np.array(history). The list is created once, when the def runs, so it keeps growing from call to call: the notebook's first call returns the right 20 values, but every later call returns the losses of all earlier calls followed by its own (the notebook's own self-check already gets 22 values for num_epochs=2). Training is right (torch.split batches, one update per batch, grads zeroed): returns 0 (wrong length), batches 8, update 10, loss 0 (the reported array is not the epoch losses) -> 18, like the corpus' fit_BGD_epoch_mean_appended_per_batch. The message should say the array has the wrong length."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 18, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size, history=[]):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
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
        history.append(sum(batch_losses) / len(batch_losses))
    return np.array(history)
''',
}
