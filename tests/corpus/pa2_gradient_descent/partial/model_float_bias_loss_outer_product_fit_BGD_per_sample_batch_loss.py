"""Three slips in three parts; the fits call the two buggy helpers in the notebook. (1) model adds the bias as a
Python number, weight * data + float(bias): values and shape right, but no gradient reaches bias -> values 6,
shape 2, gradient 0 = 8. (2) loss_func writes the sum of squares as a matrix product with the transposition on
the wrong side, (r @ r.T) / len(r) with r = y_pred - y_true: the (n, n) outer product, not the 1x1 inner product r.T
@ r -> not one element, value 0, tensor 0, gradient 0 = 0. (3) fit_BGD trains right but records each batch loss
divided by the batch size, loss.item() / len(x_batch) ('the loss per sample'), so the epoch loss is the mean of
MSE / |B|: returns 6, batches 8, update 10, loss 0 -> 24. fit_GD and the plots are the reference. In the notebook
the fits call the student's model and loss (the (n, n) loss makes backward() raise, so loss_GD / loss_BGD are never
made); they are judged with the grader's model and loss, and the plots on the grader's values: fit_GD 30,
plot_GD 5, plot_BGD 5."""

EXPECTED = {"model": 8, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    return weight * data + float(bias)
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error: the sum of squared residuals (a matrix product) over n."""
    r = y_pred - y_true
    return (r @ r.T) / len(r)
''',
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
            batch_losses.append(loss.item() / len(x_batch))  # loss per sample
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
