"""fit_BGD starts with a debugging assert, assert len(X) % batch_size == 0, 'batch_size must divide the number of points' (true for the notebook's 200 points in batches of 10), and then trains correctly with torch.split. The notebook says the last batch may be smaller and must still be used: on such data (30 points in batches of 7) the function raises AssertionError instead of training. A function that raises on valid inputs earns nothing for those runs: fit_BGD 0 (debatable: on data where batch_size divides n it is fully right). The message should quote the AssertionError."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    assert len(X) % batch_size == 0, "batch_size must divide the number of points"
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
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
