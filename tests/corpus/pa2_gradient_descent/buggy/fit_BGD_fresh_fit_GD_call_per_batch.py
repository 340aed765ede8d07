"""ONE slip in fit_BGD, which calls the student's (correct, reference) fit_GD. Reading 'for each batch, do what
fit_GD did' literally, fit_BGD calls fit_GD(model, loss_func, x_batch, y_batch, lr, 1) for every batch
(torch.split, last partial) and averages the returned losses per epoch. But fit_GD creates NEW random parameters
at each call: every batch starts from a fresh torch.rand line, makes one step that is thrown away, and nothing is
carried from one batch to the next. The parameters the model sees are random draws, not a training run, and the
returned 'losses' are the losses of random lines: fit_BGD does not train, 0 (the message should say the
parameters do not carry over / are not updated from batch to batch). fit_GD itself is right: 30."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent: fit_GD's step on each batch."""
    losses = []
    for _ in range(num_epochs):
        batch_losses = [fit_GD(model, loss_func, x_batch, y_batch, lr, 1)[0]
                        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size))]
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
