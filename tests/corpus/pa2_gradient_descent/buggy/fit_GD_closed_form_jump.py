"""junk: fit_GD does no gradient descent: after the first epoch's loss it jumps straight to the least-squares solution (torch.linalg.lstsq on [X, 1]) and then just re-logs that optimum's loss every remaining epoch, ignoring lr. One parameter change in all, and not a gradient step; its "history" is the start loss followed by a flat line. A fit that does not do the asked gradient descent and fakes its loss curve earns nothing -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        losses.append(loss.item())
        if epoch == 0:
            # why iterate? solve the normal equations once
            A = torch.cat([X, torch.ones_like(X)], dim=1)
            solution = torch.linalg.lstsq(A, Y).solution.view(-1)
            with torch.no_grad():
                weight.copy_(solution[0:1])
                bias.copy_(solution[1:2])
    return np.array(losses)
''',
}
