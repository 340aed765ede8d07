"""Unfinished work in two parts. (1) fit_BGD reshapes the data into equal batches with X.view(-1, batch_size, 1)
and Y.view(-1, batch_size, 1) and leaves a TODO for 'the last, smaller batch when batch_size does not divide n'.
That works for the notebook's 200 points in batches of 10, but view (and reshape) cannot make equal batches of 20
points by 6: RuntimeError ('shape [-1, 6, 1] is invalid for input of size 20') before any update, for every input
where the last batch is partial -- which the notebook says must still be used, and which is what the grader (and the
self-check) use. A fit that raises earns nothing: fit_BGD 0. (2) plot_BGD draws loss_BGD per epoch with both axis
labels but the title line is still a TODO comment: curve 3, labels 1, title 0 -> 4. Everything else is the
reference."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    # TODO: the last, smaller batch when batch_size does not divide n
    X_batches = X.view(-1, batch_size, 1)
    Y_batches = Y.view(-1, batch_size, 1)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(X_batches, Y_batches):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
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
    "plot_BGD_answer": r'''
# Plot the loss curve of mini-batch gradient descent.
epochs = np.arange(1, len(loss_BGD) + 1)
plt.plot(epochs, loss_BGD, "o-", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
# TODO: title
plt.show()
''',
}
