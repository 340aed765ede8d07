"""Half-written fit_BGD: the training loop is complete and right (torch.split batches, one update per batch, grads zeroed, batch losses appended), but the student renamed the list half-way and the last line returns `np.array(epoch_losses)`, a name that does not exist: every call ends with NameError after training. A function that raises on every call earns nothing: fit_BGD 0; the message should quote the NameError (not 'not written yet'). plot_BGD is replayed with the grader's losses: 5. Nothing else changes."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
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
    # TODO rename
    return np.array(epoch_losses)
''',
}
