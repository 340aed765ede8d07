"""JAX habit, one slip in fit_GD: the update is written functionally, weight = weight - lr * weight.grad (as params = params - lr * grads in JAX), outside no_grad and without making the result a leaf again. After the first epoch weight and bias are NON-LEAF tensors (outputs of a subtraction): the next backward() still runs, but their .grad is None (PyTorch warns), so `lr * weight.grad` raises TypeError in the second epoch of every call with num_epochs > 1. fit_GD never returns a result: a function that raises scores 0 -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        # functional update, new tensors every step (so no gradients to zero)
        weight = weight - lr * weight.grad
        bias = bias - lr * bias.grad
        losses.append(loss.item())
    return np.array(losses)
''',
}
