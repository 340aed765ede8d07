"""loss_func returns F.mse_loss(y_pred, y_true, reduction='none').mean(dim=0): a ONE-ELEMENT tensor of shape (1,)
(the spec asks for 'a one-element tensor'), equal to the MSE with gradient 2 (y_pred - y_true) / n. fit_GD
stores the history in a pre-allocated float32 torch tensor (history[t] = loss.detach()) and returns
history.numpy(), a float32 numpy array of shape (num_epochs,); a while loop counts the epochs and breaks only if
the loss becomes non-finite (a divergence guard that never fires on sane data). All correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    per_point = F.mse_loss(y_pred, y_true, reduction="none")   # (n, 1)
    return per_point.mean(dim=0)                               # shape (1,): one element
''',
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    history = torch.zeros(num_epochs)
    epoch = 0
    while epoch < num_epochs:
        loss = loss_func(model(X, weight, bias), Y)
        if not torch.isfinite(loss).all():
            raise FloatingPointError(f"training diverged at epoch {epoch}: lower the learning rate")
        history[epoch] = loss.detach()
        loss.backward()
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
            weight.grad.zero_()
            bias.grad.zero_()
        epoch += 1
    return history.numpy()
''',
}
