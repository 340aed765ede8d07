"""MATLAB habit (functions called without parentheses), one slip in fit_GD: the history line is losses.append(loss.item), the bound METHOD, not loss.item(). Training is the reference (one full-data step per epoch, grads zeroed), but np.array(losses) is an object array of num_epochs bound methods: not a float array (the notebook's self-check stops on its dtype), and it holds no loss values at all. returns 0 (not float losses), batches 8, update 10, loss 0 (no loss value is returned) -> 18."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 18, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item)
    return np.array(losses)
''',
}
