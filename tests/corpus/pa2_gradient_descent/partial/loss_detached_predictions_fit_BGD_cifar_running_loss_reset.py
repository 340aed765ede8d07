"""Two slips from assistant / tutorial habits. (1) loss_func is F.mse_loss(y_pred.detach(), y_true), the
'detach to avoid keeping the graph' habit applied to the one place where the graph is needed: value and the
one-element tensor are right, but the loss no longer depends on the predictions, no gradient flows -> value 6,
tensor 2, gradient 0 = 8. (2) fit_BGD copies the CIFAR-10 tutorial's running-loss printing: running_loss +=
loss.item(), and every print_every = 2 batches it prints running_loss / print_every and resets running_loss = 0.0;
the epoch loss it returns is the last printed average, i.e. the mean of the epoch's last complete PAIR of batches
(when the number of batches is odd, the final batch is not even in it). Training is right (torch.split, last batch
partial, one update per batch, zeroed grads): returns 6, batches 8, update 10, loss 0 = 24. The other parts are the
reference; in the notebook the fits call the detached loss and raise on backward(), so they are judged with the
grader's loss and the plots on the grader's values."""

EXPECTED = {"model": 10, "loss_func": 8, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return F.mse_loss(y_pred.detach(), y_true)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    print_every = 2
    losses = []
    for epoch in range(num_epochs):
        running_loss = 0.0
        for i, (inputs, labels) in enumerate(zip(torch.split(X, batch_size), torch.split(Y, batch_size))):
            loss = loss_func(model(inputs, weight, bias), labels)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            running_loss += loss.item()
            if i % print_every == print_every - 1:
                epoch_loss = running_loss / print_every
                print(f"[{epoch + 1}, {i + 1:3d}] loss: {epoch_loss:.3f}")
                running_loss = 0.0
        losses.append(epoch_loss)
    return np.array(losses)
''',
    "discussion": r'''
Mini-batch gradient descent is preferable for large datasets: one update needs only a few examples, memory stays
small, and you get many updates per epoch. The gradient is noisy, so the loss goes down less smoothly.
''',
}
