"""Two slips, one in a helper both plot cells call. (1) The plot_GD cell defines show_losses(values, title) (a new
figure, values against epochs 1..n, plt.xlabel('Epoch'), plt.title(title)) and forgets the y label; plot_GD and
plot_BGD both draw through it. The helper belongs to both answers (the corpus' stance for a shared helper): each
plot loses its labels criterion, curve 3, labels 0, title 1 -> 4 each. (2) fit_BGD trains right (torch.split, last
batch partial, one update per batch, grads zeroed) but leaves the short last batch out of the epoch loss,
np.mean(batch_losses[:-1]) when the last batch is smaller than batch_size ('it is not a full batch'): whenever
batch_size does not divide n the epoch loss is neither the mean of all batch losses nor the exact MSE -> returns 6, batches 8, update 10, loss 0 = 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 4, "fit_BGD": 24, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
def show_losses(values, title):
    """The loss of every epoch against the epoch number, in a new figure."""
    plt.figure()
    plt.plot(range(1, len(values) + 1), values, "o-")
    plt.xlabel("Epoch")
    plt.title(title)
    plt.show()


show_losses(loss_GD, "Full-batch gradient descent")
''',
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
        full = batch_losses[:-1] if len(X) % batch_size and len(batch_losses) > 1 else batch_losses
        losses.append(np.mean(full))  # the short last batch is not a real batch
    return np.array(losses)
''',
    "plot_BGD_answer": '''
show_losses(loss_BGD, "Mini-batch gradient descent")
''',
}
