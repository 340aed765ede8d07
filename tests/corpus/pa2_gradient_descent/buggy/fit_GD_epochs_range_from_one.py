"""fit_GD loops `for epoch in range(1, num_epochs)` (counting epochs from 1, but keeping the stop): it trains
num_epochs - 1 epochs and returns num_epochs - 1 losses. Every epoch that runs is a correct full-data step with
the loss logged before it. Like the corpus' fit_GD_hardcoded_epochs (wrong number of epochs): returns 0 (wrong
length), batches 0 (wrong number of updates), update 10, loss 0 -> 10. The message should say it returned
num_epochs - 1 losses / ran one epoch too few."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 10, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(1, num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
