"""The fit_GD cell holds the fixed version first and, below it, the student's old draft pasted back 'for comparison' under the SAME name: def fit_GD(...) that never zeroes the gradients. Python keeps the last definition, so the notebook's fit_GD is the draft: every step uses the sum of all gradients so far. One full-data update per epoch, losses logged before each update: returns 6, batches 8, update 0, loss 6 -> 20 (like the corpus' fit_GD_grads_never_zeroed). The message should say the steps are not -lr * gradient (gradients accumulate)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
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
        losses.append(loss.item())
    return np.array(losses)


# my first version (for comparison)
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
        losses.append(loss.item())
    return np.array(losses)
''',
}
