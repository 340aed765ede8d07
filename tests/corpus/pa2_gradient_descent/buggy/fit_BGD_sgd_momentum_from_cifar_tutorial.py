"""fit_BGD copies the optimizer line of the official CIFAR-10 tutorial, optim.SGD([weight, bias], lr=lr,
momentum=0.9). Everything else is right: torch.split batches (last partial kept), optimizer.zero_grad() /
backward / step per batch, the batch loss logged before its step, the epoch loss the mean of the batch losses.
But with momentum each update is -lr * (gradient + 0.9 * the previous velocity), not -lr * the batch's gradient
that Part 5 defines: only the very first update of a call is a plain gradient step. The self-check's first update
check catches it. Honest gradient-based training, on the right batches, honestly logged: returns 6, batches 8,
update 0, loss 6 -> 20 (as the corpus' fit_GD_clips_gradient_norm / fit_GD_learning_rate_decay)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
import torch.optim as optim


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    optimizer = optim.SGD([weight, bias], lr=lr, momentum=0.9)
    losses = []
    for epoch in range(num_epochs):
        running = []
        for inputs, labels in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            optimizer.zero_grad()
            outputs = model(inputs, weight, bias)
            loss = loss_func(outputs, labels)
            loss.backward()
            optimizer.step()
            running.append(loss.item())
        losses.append(sum(running) / len(running))
    return np.array(losses)
''',
}
