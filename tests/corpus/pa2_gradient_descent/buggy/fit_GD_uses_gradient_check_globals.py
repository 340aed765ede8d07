"""Slip in shared notebook state: fit_GD never creates its parameters. The locked gradient_check cell just above it made global `weight` and `bias` (tensors [1.0] and [-2.0] with requires_grad=True) and ran loss.backward() on them, and fit_GD silently uses those globals (updating them in place with .sub_() under no_grad, zeroing their grads AFTER each update). Consequences: (1) the first call in a fresh run (the notebook's run_GD) starts with weight.grad / bias.grad still holding the gradient-check gradient, so its first update is -lr * (that stale gradient + its own): a wrong step; (2) every call continues from where the previous call left the shared parameters and changes the notebook's globals. The notebook's self-check runs after run_GD (grads already zeroed) and passes. By the spec (create weight and bias with requires_grad=True; zero the gradients so that no old gradient enters a step) the update is wrong on a fresh run: returns 6, batches 8, update 0, loss 6 -> 20. A grader that only calls fit_GD after the notebook has cleaned the state sees four correct runs."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
