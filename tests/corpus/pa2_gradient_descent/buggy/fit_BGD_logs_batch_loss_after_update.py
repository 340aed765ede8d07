"""fit_BGD trains correctly but, for its log, recomputes each batch's loss right after that batch's update (under no_grad): the extra forward passes are not updates, so returns 6, batches 8, update 10 hold and only the logged loss is wrong (loss 0) -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    epoch_losses = []
    for epoch in range(num_epochs):
        total, count = 0.0, 0
        for start in range(0, len(X), batch_size):
            xb, yb = X[start:start + batch_size], Y[start:start + batch_size]
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
                weight.grad.zero_()
                bias.grad.zero_()
                total += loss_func(model(xb, weight, bias), yb).item()   # logged after the update
            count += 1
        epoch_losses.append(total / count)
    return np.array(epoch_losses)
''',
}
