"""ONE slip at fit_GD's call of a helper that fit_BGD also calls. The fit_GD cell defines
gd_step(weight, bias, lr) (under no_grad: p -= lr * p.grad for both, then zero both grads), right; fit_GD calls it
as gd_step(weight, bias, 0.01), the notebook's learning rate typed in while testing, instead of lr. fit_BGD
(torch.split batches, last partial, mean of batch losses) calls gd_step(weight, bias, lr) and is right. fit_GD's
steps have the wrong size for any lr other than 0.01 (like the corpus' fit_GD_hardcoded_lr): returns 6, batches 8,
update 0, loss 6 -> 20, with a message saying the step is a multiple of -lr * gradient (use the lr argument).
fit_BGD keeps 30."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def gd_step(weight, bias, lr):
    """One gradient step on weight and bias, then clear their gradients."""
    with torch.no_grad():
        weight -= lr * weight.grad
        bias -= lr * bias.grad
    weight.grad.zero_()
    bias.grad.zero_()


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        gd_step(weight, bias, 0.01)
        losses.append(loss.item())
    return np.array(losses)
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
            gd_step(weight, bias, lr)
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
