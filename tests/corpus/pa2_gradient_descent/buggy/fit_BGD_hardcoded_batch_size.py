"""fit_BGD ignores its batch_size argument and always uses batches of 10: returns 6, batches 0 (wrong batch size for the grader's batch_size), update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    n = X.shape[0]
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for i in range(0, n, 10):
            loss = loss_func(model(X[i:i + 10], weight, bias), Y[i:i + 10])
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
