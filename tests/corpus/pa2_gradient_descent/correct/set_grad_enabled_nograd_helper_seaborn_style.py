"""The fit_GD cell defines sgd_update_(params, lr) decorated with @torch.no_grad() (p.add_(p.grad, alpha=-lr),
then p.grad.zero_()); both fits compute the loss and call backward inside an explicit
`with torch.set_grad_enabled(True):` block (copied from the transfer-learning tutorial's train/eval phases, here
always True), then call the helper. Logs are a list of dicts turned into an array with np.fromiter. fit_BGD slices
X[s:s + batch_size] for s in range(0, n, batch_size) (last batch partial and kept) and reports the exact epoch MSE
the tutorial's way, running_loss += loss.item() * len(xb), divided by n (accepted: batch losses weighted by size).
Plots inside `with plt.style.context("seaborn-v0_8-whitegrid"):`, OO API. model is weight * data + bias written as
data * weight + bias, loss_func torch.nn.functional.mse_loss. Correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    return data * weight + bias
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return torch.nn.functional.mse_loss(y_pred, y_true)
''',
    "fit_GD_answer": r'''
@torch.no_grad()
def sgd_update_(params, lr):
    """In-place gradient step; the decorator keeps it out of the graph."""
    for p in params:
        p.add_(p.grad, alpha=-lr)
        p.grad.zero_()


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    log = []
    for epoch in range(num_epochs):
        with torch.set_grad_enabled(True):
            loss = loss_func(model(X, weight, bias), Y)
            loss.backward()
        sgd_update_((weight, bias), lr)
        log.append({"epoch": epoch + 1, "loss": loss.item()})
    return np.fromiter((row["loss"] for row in log), dtype=float, count=len(log))
''',
    "plot_GD_answer": r'''
with plt.style.context("seaborn-v0_8-whitegrid"):
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
    ax.set(xlabel="Epoch", ylabel="Training loss (MSE)", title="Full-batch GD")
    plt.show()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    n = len(X)
    log = []
    for epoch in range(num_epochs):
        running_loss = 0.0
        for s in range(0, n, batch_size):
            xb, yb = X[s:s + batch_size], Y[s:s + batch_size]
            with torch.set_grad_enabled(True):
                loss = loss_func(model(xb, weight, bias), yb)
                loss.backward()
            sgd_update_((weight, bias), lr)
            running_loss += loss.item() * len(xb)
        log.append({"epoch": epoch + 1, "loss": running_loss / n})
    return np.fromiter((row["loss"] for row in log), dtype=float, count=len(log))
''',
    "plot_BGD_answer": r'''
with plt.style.context("seaborn-v0_8-whitegrid"):
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="s", color="tab:orange")
    ax.set(xlabel="Epoch", ylabel="Epoch loss (MSE over all points)", title="Mini-batch GD")
    plt.show()
''',
    "discussion": r'''
Prefer mini-batches when n is large: each update then costs batch_size examples instead of n, the memory needed
does not grow with the data set, and one epoch makes n / batch_size updates, so the loss falls much faster per
epoch, as the plots show. The batch gradients are noisy, which makes the curve less smooth and can require a
smaller learning rate; that noise can also help escape poor regions in non-convex problems. Full-batch GD is only
attractive when the whole data set is small and cheap to use at every step.
''',
}
