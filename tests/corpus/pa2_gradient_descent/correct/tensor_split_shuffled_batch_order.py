"""fit_GD maps a closure one_epoch over range(num_epochs) (torch.autograd.backward(loss, inputs=[weight, bias]), add_(grad, alpha=-lr) updates, grads reset to None); fit_BGD cuts the data ONCE with torch.tensor_split at multiples of batch_size (last batch partial) and visits those fixed batches in a new random order each epoch (random.shuffle), epoch loss statistics.fmean of the batch losses. Every point is used once per epoch in batches of batch_size, one correct step per batch: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.tensor([0.5], requires_grad=True)
    bias = torch.tensor([-0.5], requires_grad=True)

    def one_epoch(epoch):
        loss = loss_func(model(X, weight, bias), Y)
        torch.autograd.backward(loss, inputs=[weight, bias])
        with torch.no_grad():
            weight.add_(weight.grad, alpha=-lr)
            bias.add_(bias.grad, alpha=-lr)
        weight.grad = None
        bias.grad = None
        return loss.item()

    return np.array(list(map(one_epoch, range(num_epochs))))
''',
    "fit_BGD_answer": r'''
import random
import statistics


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    cuts = list(range(batch_size, len(X), batch_size))
    batches = list(zip(torch.tensor_split(X, cuts), torch.tensor_split(Y, cuts)))
    history = []
    for epoch in range(num_epochs):
        random.shuffle(batches)   # same batches, new order every epoch
        batch_losses = []
        for xb, yb in batches:
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        history.append(statistics.fmean(batch_losses))
    return np.array(history)
''',
}
