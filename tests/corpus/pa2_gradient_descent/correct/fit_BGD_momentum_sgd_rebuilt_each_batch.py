"""fit_BGD creates torch.optim.SGD([weight, bias], lr=lr, momentum=0.9) INSIDE the batch loop, so every batch
gets a fresh optimizer with an empty momentum buffer: the first step of momentum SGD is exactly p -= lr * grad
(the buffer starts as the gradient itself), so the momentum never acts and every update is plain
-lr * gradient of its batch. Batches from torch.split (last one partial), zero_grad before backward, epoch loss
= mean of the batch losses. Odd code, but behaviourally exactly mini-batch gradient descent: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    epoch_losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(X.split(batch_size), Y.split(batch_size)):
            optimizer = torch.optim.SGD([weight, bias], lr=lr, momentum=0.9)
            optimizer.zero_grad()
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            optimizer.step()
            batch_losses.append(loss.item())
        epoch_losses.append(np.mean(batch_losses))
    return np.array(epoch_losses)
''',
}
