"""Three slips; the fit_GD cell's helper feeds fit_BGD. (1) The fit_GD cell defines train_batch(model, loss_func,
x, y, weight, bias, lr) (loss, backward, step under no_grad, grads zeroed, returns loss.item()): right. But the
student creates weight and bias at module level in that cell, once, and fit_GD trains those globals:
np.array([train_batch(model, loss_func, X, Y, weight, bias, lr) for _ in range(num_epochs)]). Every call continues
from where the previous call left them (the notebook's run_GD, then the self-check, then any other call): fit_GD
trains parameters it did not make -> like the corpus' fit_GD_uses_gradient_check_globals, returns 6, batches 8,
update 0, loss 6 = 20. (2) fit_BGD creates its own weight and bias inside the function and calls train_batch for
every batch (torch.split, last partial), mean of batch losses per epoch: right, 30. (3) loss_func uses the wrong
built-in, F.smooth_l1_loss (Huber) instead of F.mse_loss: value 0, tensor 2, gradient 0 -> 2. (4) plot_BGD draws
and labels the curve but has no title: curve 3, labels 1, title 0 -> 4."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    return F.smooth_l1_loss(y_pred, y_true)
''',
    "fit_GD_answer": '''
def train_batch(model, loss_func, x, y, weight, bias, lr):
    """One gradient step on (x, y); returns the loss before the step."""
    loss = loss_func(model(x, weight, bias), y)
    loss.backward()
    with torch.no_grad():
        weight -= lr * weight.grad
        bias -= lr * bias.grad
    weight.grad.zero_()
    bias.grad.zero_()
    return loss.item()


weight = torch.rand(1, requires_grad=True)
bias = torch.rand(1, requires_grad=True)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    return np.array([train_batch(model, loss_func, X, Y, weight, bias, lr) for _ in range(num_epochs)])
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    w = torch.rand(1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = [train_batch(model, loss_func, x_batch, y_batch, w, b, lr)
                        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size))]
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
    "plot_BGD_answer": '''
plt.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "s-", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.show()
''',
}
