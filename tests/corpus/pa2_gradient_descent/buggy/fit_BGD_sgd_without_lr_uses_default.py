"""Slip (a library default): fit_BGD creates its optimizer as torch.optim.SGD([weight, bias]) and forgets to pass
lr=lr; since PyTorch 2.0 SGD has a DEFAULT learning rate of 0.001, so every step is 0.001 / lr times the asked one
(1/50 for lr = 0.05), and the lr argument is never used. Batches (torch.split, last partial), one
optimizer.step() per batch with zero_grad() before each backward, and the epoch loss (mean of its batch losses) are
right. Returns 6, batches 8, update 0, loss 6 -> 20. The message should say the step is a fixed multiple of
-lr * gradient (a step size other than the lr argument)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias])
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            optimizer.zero_grad()
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            optimizer.step()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
