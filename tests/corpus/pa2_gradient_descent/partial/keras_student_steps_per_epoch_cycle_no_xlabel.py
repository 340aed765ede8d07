"""A weak student coming from Keras, two slips in two parts.
(1) fit_BGD: Keras-style steps_per_epoch = n // batch_size, and the batches are drawn from itertools.cycle over the torch.split batches (all K = ceil(n / batch_size) of them, last partial), steps_per_epoch at a time. When batch_size divides n (the notebook's 200/10) the two counts agree and it is the reference; otherwise an 'epoch' is K - 1 updates and the epochs drift across the cycle (20 points in batches of 6: epochs of 3 batches, 6+6+6, then 2+6+6, ...), so an epoch does not use every point once. Each update is a correct step on its batch and each epoch loss the mean of the batch losses it took: returns 6, batches 0, update 10, loss 6 -> 22.
(2) plot_BGD: the Keras docs' loss plot, plt.plot(loss_BGD), title 'model loss', y label 'loss' and a legend, but the x label line was left out: curve 3, labels 0 (both axes must be labelled), title 1 -> 4.
model, loss_func, fit_GD and plot_GD are the reference."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
import itertools


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    steps_per_epoch = len(X) // batch_size
    batches = itertools.cycle(list(zip(torch.split(X, batch_size), torch.split(Y, batch_size))))
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for step in range(steps_per_epoch):
            x_batch, y_batch = next(batches)
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
    "plot_BGD_answer": r'''
plt.plot(loss_BGD)
plt.title('model loss')
plt.ylabel('loss')
plt.legend(['train'], loc='upper right')
plt.show()
''',
}
