"""fit_BGD's losses.append(np.mean(batch_losses)) is indented one level too deep, inside the batch loop: training is right, but the returned array gets one running mean per BATCH, num_epochs * K values instead of num_epochs. Returns 0 (wrong length), batches 8, update 10, loss 0 (the epoch losses are not what is reported) -> 18."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 18, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
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
            losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
