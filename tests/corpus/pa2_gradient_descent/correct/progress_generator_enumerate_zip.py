"""tqdm without tqdm: the fit_GD cell defines progress(iterable, desc, every), a plain generator that yields EVERY
item and prints a one-line counter every `every` items and at the end (the yield comes first, the printing is
extra). fit_GD wraps range(num_epochs) in it; fit_BGD wraps its epochs too and iterates batches with
enumerate(zip(X.split(batch_size), Y.split(batch_size)), start=1) (last batch partial and kept). Updates by hand
under torch.no_grad() with p.sub_(lr * p.grad) and p.grad.zero_() in a loop over (weight, bias); the epoch loss is
statistics.fmean of the batch losses. loss_func is F.mse_loss(..., reduction="mean"), the model torch.add(torch.mul(
data, weight), bias). Plots: fig, ax = plt.subplots(), ax.set(...), a light grid and fig.tight_layout(). Every item
is used; full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    return torch.add(torch.mul(data, weight), bias)
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return F.mse_loss(y_pred, y_true, reduction="mean")
''',
    "fit_GD_answer": r'''
import statistics


def progress(iterable, desc="", every=10):
    """A tiny tqdm: yields every item, prints a counter now and then."""
    items = list(iterable)
    total = len(items)
    for i, item in enumerate(items, start=1):
        yield item
        if i % every == 0 or i == total:
            print(f"{desc} {i}/{total}")


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in progress(range(num_epochs), desc="fit_GD epoch"):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            for p in (weight, bias):
                p.sub_(lr * p.grad)
                p.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_GD_answer": r'''
epochs = np.arange(1, len(loss_GD) + 1)
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(epochs, loss_GD, "o-", lw=1.5)
ax.set(xlabel="epoch", ylabel="loss (MSE)", title="Full-batch gradient descent")
ax.grid(True, alpha=0.3)
fig.tight_layout()
plt.show()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    epoch_losses = []
    for _ in progress(range(num_epochs), desc="fit_BGD epoch"):
        batch_losses = []
        for k, (xb, yb) in enumerate(zip(X.split(batch_size), Y.split(batch_size)), start=1):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                for p in (weight, bias):
                    p.sub_(lr * p.grad)
                    p.grad.zero_()
            batch_losses.append(loss.item())
        epoch_losses.append(statistics.fmean(batch_losses))
    return np.array(epoch_losses)
''',
    "plot_BGD_answer": r'''
epochs = np.arange(1, len(loss_BGD) + 1)
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(epochs, loss_BGD, "s-", lw=1.5, color="tab:red")
ax.set(xlabel="epoch", ylabel="mean batch loss (MSE)", title="Mini-batch gradient descent")
ax.grid(True, alpha=0.3)
fig.tight_layout()
plt.show()
''',
    "discussion": r'''
Mini-batch GD is the better choice for large data sets: one update only needs batch_size examples, so it is
cheap, uses little memory, and an epoch gives many updates instead of one. The cost is noise: every batch gradient
is an estimate, so the loss fluctuates and the step size may need to shrink near the minimum. On a small data set
like this, full-batch GD gives exact, smooth steps at a low cost.
''',
}
