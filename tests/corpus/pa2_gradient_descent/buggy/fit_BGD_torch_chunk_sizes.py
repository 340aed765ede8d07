"""fit_BGD cuts the data with torch.chunk(X, ceil(n / batch_size)), believing it yields batches of batch_size: torch.chunk balances the pieces, so with n=20, batch_size=6 it makes 4 batches of 5 (not 6, 6, 6, 2); on the notebook's 200/10 it is exactly right. Every point is still used once per epoch, the number of batches is right, each step and the logged mean are right. Only the batch sizes are wrong: returns 6, batches 0, update 10, loss 6 -> 22 (accept 20-26)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
import math


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    k = math.ceil(len(X) / batch_size)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(torch.chunk(X, k), torch.chunk(Y, k)):
            loss = loss_func(model(xb, weight, bias), yb)
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
