"""Slip (an exhausted iterator): fit_BGD builds its batches once, before the epoch loop, as batches = zip(torch.split(X, batch_size), torch.split(Y, batch_size)), and loops `for x_batch, y_batch in batches` in every epoch. A zip is an iterator: the first epoch uses every batch (correctly), every later epoch finds it empty, makes no update, and np.mean([]) of its batch losses is nan (with a RuntimeWarning). Only one epoch of training: returns 0 (nan values), batches 0 (later epochs use no batch), update 10 (every step made is right), loss 0 -> 10. The message should point at the missing updates of the later epochs / the nan losses."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 10, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    batches = zip(torch.split(X, batch_size), torch.split(Y, batch_size))
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in batches:
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
