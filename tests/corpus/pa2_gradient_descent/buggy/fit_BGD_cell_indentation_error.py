"""The fit_BGD cell has an IndentationError: the line that appends the epoch mean is indented with 6 spaces, between the 4 of the epoch loop and the 8 of the batch loop ('unindent does not match any outer indentation level'), so the cell never runs and fit_BGD does not exist. Only fit_BGD loses: fit_BGD 0. plot_BGD (reference) is replayed with the grader's losses and keeps its 5; fit_GD and the earlier parts are untouched. The message should say the cell has an IndentationError / fit_BGD is not defined."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
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
      losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
