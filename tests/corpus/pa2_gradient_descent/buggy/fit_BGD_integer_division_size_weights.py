"""Type slip (integer division in a weight): fit_BGD wants the size-weighted epoch loss (accepted by the notebook) and
weights each batch loss by its share of the data, written with FLOOR division: total += loss.item() * (len(xb) // n).
For every batch smaller than the whole data set len(xb) // n is the integer 0, so every epoch loss is 0.0 (only a
single batch holding all n points would count). Training is the reference's (torch.split batches, last partial, one
update per batch, gradients zeroed) and the array has num_epochs floats, but it reports zeros instead of the epoch
losses: returns 6, batches 8, update 10, loss 0 -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        total = 0.0
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            total += loss.item() * (len(xb) // n)  # this batch's share of the data
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
        losses.append(total)
    return np.array(losses)
''',
}
