"""fit_BGD computes each batch's gradient from PER-SAMPLE gradients, as in PyTorch's torch.func tutorial: vmap(grad_and_value(point_loss, argnums=(0, 1)), in_dims=(None, None, 0, 0)), where point_loss(w, b, x, y) = loss_func(model(x.unsqueeze(0), w, b), y.unsqueeze(0)) is the loss of one row through the GIVEN model and loss. The batch loss is the mean of its points' losses (= the batch MSE) and its gradient the mean of their gradients, so every update w <- w - lr * mean(g_w) is -lr * the batch's gradient. Plain tensors as parameters (functional, no .grad buffers), batches from X.split / Y.split (last one partial and kept), epoch loss = mean of the batch losses. Correct mini-batch gradient descent with the model and loss it is given: full marks. (The model is called inside vmap, with batched tensors, as torch.func is meant to be used.)"""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
from torch.func import grad_and_value, vmap


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent; each batch gradient is the mean of its per-sample gradients."""
    weight = torch.rand(1)
    bias = torch.rand(1)

    def point_loss(w, b, x, y):  # the loss of ONE point, as a batch of one row
        return loss_func(model(x.unsqueeze(0), w, b), y.unsqueeze(0))

    per_point = vmap(grad_and_value(point_loss, argnums=(0, 1)), in_dims=(None, None, 0, 0))
    history = []
    for _ in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(X.split(batch_size), Y.split(batch_size)):
            (g_w, g_b), point_losses = per_point(weight, bias, xb, yb)
            batch_losses.append(point_losses.mean().item())  # = the batch MSE
            weight = weight - lr * g_w.mean(0)  # mean of per-sample gradients = batch gradient
            bias = bias - lr * g_b.mean(0)
        history.append(sum(batch_losses) / len(batch_losses))
    return np.array(history)
''',
}
