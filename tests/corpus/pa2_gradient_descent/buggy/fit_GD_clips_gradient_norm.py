"""fit_GD adds torch.nn.utils.clip_grad_norm_([weight, bias], max_norm=1.0) 'for stability' (copied from a tutorial) between backward and the update. Whenever the gradient's norm exceeds 1 the step is shortened to length lr along the gradient, so those updates are not -lr * gradient (on data far from the start they all are). Still honest gradient descent in the gradient's direction, one full-data update per epoch, losses logged before each update: returns 6, batches 8, update 0, loss 6 -> 20."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        torch.nn.utils.clip_grad_norm_([weight, bias], max_norm=1.0)   # for stability
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
