"""Tutorial idioms used right. model is method-chained, data.mul(weight).add(bias); loss_func calls a module-level
nn.MSELoss() object (the part allows a library loss, and the default reduction is the mean). fit_GD uses
torch.optim.SGD with optimizer.zero_grad(set_to_none=True) at the top of each epoch (the official tutorials' order),
logs loss.item() of the loss it back-propagates, and after training prints one summary of the final fit computed
under torch.inference_mode() (an extra forward pass, not an update). fit_BGD does the same per torch.split batch
(last batch partial and kept) and keeps a list of dicts {'epoch', 'batch', 'loss'} that it turns into the array of
epoch means with np.array and a mask per epoch. Plots use fig, ax = plt.subplots() and ax.set(xlabel=..., ylabel=...,
title=...). Every update is -lr * the gradient of its batch and the losses are recorded before the updates: full
marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    return data.mul(weight).add(bias)
''',
    "loss_func_answer": r'''
import torch.nn as nn

_mse = nn.MSELoss()  # reduction="mean" by default


def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    return _mse(y_pred, y_true)
''',
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    losses = []
    for epoch in range(num_epochs):
        optimizer.zero_grad(set_to_none=True)
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    with torch.inference_mode():  # evaluation only: no graph, no gradients
        final = loss_func(model(X, weight, bias), Y).item()
    print(f"fit_GD: {num_epochs} epochs, final loss {final:.4f}")
    return np.array(losses)
''',
    "plot_GD_answer": r'''
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
ax.set(xlabel="Epoch", ylabel="Loss (MSE)", title="Full-batch gradient descent")
plt.show()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    log = []
    for epoch in range(num_epochs):
        for i, (xb, yb) in enumerate(zip(torch.split(X, batch_size), torch.split(Y, batch_size))):
            optimizer.zero_grad(set_to_none=True)
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            optimizer.step()
            log.append({"epoch": epoch, "batch": i, "loss": loss.item()})
    epochs = np.array([row["epoch"] for row in log])
    batch_losses = np.array([row["loss"] for row in log])
    return np.array([batch_losses[epochs == e].mean() for e in range(num_epochs)])
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="s", color="tab:orange")
ax.set(xlabel="Epoch", ylabel="Mean batch loss (MSE)", title="Mini-batch gradient descent")
plt.show()
''',
    "discussion": r'''
Mini-batches pay off when the data set is large: a full-batch update must run the model on every example before it
moves once, while a mini-batch update costs only batch_size examples and fits in memory (or on a GPU). One epoch then
makes many updates instead of one, which is why the mini-batch curve is far lower after the first epoch. The price
is noise in each step (each batch gradient only estimates the full one), so the loss wobbles and a smaller or
decaying learning rate helps at the end. For a small problem like this one, full-batch GD is cheap and smooth.
''',
}
