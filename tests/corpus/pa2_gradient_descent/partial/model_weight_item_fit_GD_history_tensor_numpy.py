"""Two slips in two parts. (1) model reads the weight as a Python number, weight.item() * data + bias ('a scalar
times a column'): the values and the (n, 1) shape are right, the bias still gets its gradient n, but no gradient
reaches the weight (weight.grad stays None): values 6, shape 2, gradient 0 -> 8. (2) fit_GD pre-allocates its history
as a tensor, history = torch.zeros(num_epochs), and stores history[epoch] = loss without .item() or .detach(): the
in-place copy makes history part of the autograd graph (requires_grad becomes True), and the final
return history.numpy() raises RuntimeError "Can't call numpy() on Tensor that requires grad" on every call, after
training correctly. A fit that raises on every input earns nothing -> fit_GD 0 (like the corpus'
fit_GD_logs_tensors_raises). fit_BGD and the plots are the reference and are graded with the grader's model."""

EXPECTED = {"model": 8, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    """Linear model: the weight as a scalar times the column, plus the bias."""
    return weight.item() * data + bias
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = torch.zeros(num_epochs)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        history[epoch] = loss
    return history.numpy()
''',
}
