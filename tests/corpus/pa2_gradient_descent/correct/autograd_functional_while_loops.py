"""Both fits get their gradients from torch.autograd.functional on plain (no requires_grad) parameter tensors, rebuilt as w - lr * g each step, and count epochs and batches with while loops and manual counters: fit_GD logs the loss, then calls jacobian(objective, (w, b)) (a second forward pass at the same parameters); fit_BGD gets loss and gradient in one call, vjp(objective, (w, b)), walking `start += batch_size` until n (last batch partial, kept), epoch loss = batch-loss total / batch count. model via torch.einsum, loss as torch.dist(...) ** 2 / numel. Fully correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    # w * x_i for every row i, then + b (broadcast over the rows)
    return torch.einsum("ni,i->ni", data, weight) + bias
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    # squared euclidean distance between the two columns, averaged over the points
    return torch.dist(y_pred, y_true) ** 2 / y_pred.numel()
''',
    "fit_GD_answer": r'''
from torch.autograd.functional import jacobian, vjp


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1)
    bias = torch.rand(1)

    def objective(w, b):
        return loss_func(model(X, w, b), Y)

    history = []
    epoch = 0
    while epoch < num_epochs:
        history.append(objective(weight, bias).item())      # loss before this epoch's update
        g_w, g_b = jacobian(objective, (weight, bias))     # d loss / d w, d loss / d b
        weight = weight - lr * g_w
        bias = bias - lr * g_b
        epoch += 1
    return np.array(history)
''',
    "fit_BGD_answer": r'''
from torch.autograd.functional import vjp


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1)
    bias = torch.rand(1)
    n = X.shape[0]
    history = []
    epoch = 0
    while epoch < num_epochs:
        total, batches = 0.0, 0
        start = 0
        while start < n:
            xb, yb = X[start:start + batch_size], Y[start:start + batch_size]
            loss, (g_w, g_b) = vjp(lambda w, b: loss_func(model(xb, w, b), yb), (weight, bias))
            weight = weight - lr * g_w
            bias = bias - lr * g_b
            total += loss.item()
            batches += 1
            start += batch_size
        history.append(total / batches)
        epoch += 1
    return np.array(history)
''',
}
