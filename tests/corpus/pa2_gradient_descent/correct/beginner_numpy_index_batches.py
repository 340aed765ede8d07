"""BEGINNER with NumPy: fit_BGD computes the number of batches with math.ceil(n / batch_size), takes each batch's row numbers from np.arange(n) as a Python list (.tolist()) and indexes X and Y with that list (last batch partial and kept), and averages the batch losses with np.mean. fit_GD forgets .item() and appends loss.detach() (a 0-d tensor) to the list, then returns np.array(list): NumPy turns the 0-d tensors into a flat float32 array of shape (num_epochs,) with exactly the loss values, so the spec's return value (a NumPy array of the per-epoch losses) is met. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        # 1. prediction
        y_hat = model(X, weight, bias)
        # 2. loss
        loss = loss_func(y_hat, Y)
        # 3. gradient
        loss.backward()
        # 4. step
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        # zero the gradients
        weight.grad.zero_()
        bias.grad.zero_()
        # 5. record
        losses.append(loss.detach())
    return np.array(losses)
''',
    "fit_BGD_answer": r'''
import math


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = X.shape[0]
    number_of_batches = math.ceil(n / batch_size)
    all_rows = np.arange(n)
    epoch_losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for k in range(number_of_batches):
            rows = all_rows[k * batch_size:(k + 1) * batch_size].tolist()
            x_batch = X[rows]
            y_batch = Y[rows]
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        epoch_losses.append(np.mean(batch_losses))
    return np.array(epoch_losses)
''',
}
