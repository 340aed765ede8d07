"""Two type slips in two parts. (1) loss_func computes the MSE in NumPy on detached copies,
np.mean((y_pred.detach().numpy() - y_true.detach().numpy()) ** 2), and wraps the number back with torch.tensor(...):
the value is the MSE and it is a one-element (0-d) float tensor, but it has no connection to y_pred, so backward()
raises: value 6, tensor 2, gradient 0 -> 8. (2) fit_BGD adds its batch losses into a bfloat16 0-d tensor,
total = torch.zeros((), dtype=torch.bfloat16); total += loss.detach(), and reports total.item() / K: every addition is
rounded to 8 significant bits, so the epoch 'mean' is off by up to about 1% for 20 batches. Training (torch.split
batches, last partial, one update per batch, grads zeroed) and the array's length and dtype are right; the reported
losses are not the mean of the batch losses: returns 6, batches 8, update 10, loss 0 -> 24. The fits are graded with
the grader's model and loss, so loss_func's slip does not reach fit_GD."""

EXPECTED = {"model": 10, "loss_func": 8, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    """Mean squared error (computed with NumPy)."""
    diff = y_pred.detach().numpy() - y_true.detach().numpy()
    return torch.tensor(np.mean(diff ** 2))
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        total = torch.zeros((), dtype=torch.bfloat16)
        count = 0
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            total += loss.detach()
            count += 1
        losses.append(total.item() / count)
    return np.array(losses)
''',
}
