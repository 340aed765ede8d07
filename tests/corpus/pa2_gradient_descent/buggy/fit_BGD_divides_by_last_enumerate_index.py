"""Slip (enumerate counts from 0): fit_BGD loops `for i, (x_batch, y_batch) in enumerate(zip(...))`, adds up the batch
losses, and after the loop divides the total by i, believing i is the number of batches; it is that number MINUS ONE
(the last index). Training is the reference's (torch.split batches, last one partial, one update per batch, grads
zeroed). Each epoch loss is K / (K - 1) times the mean of its K batch losses (5/4 for 5 batches, 2 for 2 batches).
Returns 6, batches 8, update 10, loss 0 -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        total = 0.0
        for i, (x_batch, y_batch) in enumerate(zip(torch.split(X, batch_size), torch.split(Y, batch_size))):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            total += loss.item()
        losses.append(total / i)   # i = number of batches
    return np.array(losses)
''',
}
