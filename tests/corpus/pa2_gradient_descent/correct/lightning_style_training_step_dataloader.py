"""PyTorch-Lightning vocabulary in plain functions, defined in the fit_GD cell: configure_optimizers(params, lr)
returns torch.optim.SGD(params, lr=lr); training_step(model, loss_func, batch, weight, bias) returns {'loss': loss};
on_train_epoch_end(outputs) returns torch.stack([o['loss'].detach() for o in outputs]).mean().item(). Each step is
optimizer.zero_grad(), backward, optimizer.step(). fit_GD makes one step per epoch on batch (X, Y); fit_BGD iterates
a DataLoader(TensorDataset(X, Y), batch_size=batch_size) (shuffle off, drop_last off: the last batch is partial and
kept). The epoch loss is the mean of the epoch's batch losses. model is F.linear(data, weight.view(1, 1), bias)
((n, 1) output), loss_func builds nn.MSELoss() and calls it. Plots: OO with ax.set_xlabel/ylabel/title. Correct:
full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    # nn.Linear's functional form: data @ W.T + b with W of shape (out, in) = (1, 1)
    return F.linear(data, weight.view(1, 1), bias)
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    criterion = torch.nn.MSELoss()
    return criterion(y_pred, y_true)
''',
    "fit_GD_answer": r'''
def configure_optimizers(params, lr):
    return torch.optim.SGD(params, lr=lr)


def training_step(model, loss_func, batch, weight, bias):
    x, y = batch
    return {"loss": loss_func(model(x, weight, bias), y)}


def on_train_epoch_end(outputs):
    return torch.stack([o["loss"].detach() for o in outputs]).mean().item()


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    optimizer = configure_optimizers([weight, bias], lr)
    epoch_losses = []
    for _ in range(num_epochs):
        outputs = []
        for batch in [(X, Y)]:  # one batch: the whole data set
            optimizer.zero_grad()
            out = training_step(model, loss_func, batch, weight, bias)
            out["loss"].backward()
            optimizer.step()
            outputs.append(out)
        epoch_losses.append(on_train_epoch_end(outputs))
    return np.array(epoch_losses)
''',
    "plot_GD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-")
ax.set_xlabel("epoch")
ax.set_ylabel("train_loss")
ax.set_title("Full-batch gradient descent")
plt.show()
''',
    "fit_BGD_answer": r'''
from torch.utils.data import DataLoader, TensorDataset


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    optimizer = configure_optimizers([weight, bias], lr)
    loader = DataLoader(TensorDataset(X, Y), batch_size=batch_size, shuffle=False)
    epoch_losses = []
    for _ in range(num_epochs):
        outputs = []
        for batch in loader:
            optimizer.zero_grad()
            out = training_step(model, loss_func, batch, weight, bias)
            out["loss"].backward()
            optimizer.step()
            outputs.append(out)
        epoch_losses.append(on_train_epoch_end(outputs))
    return np.array(epoch_losses)
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "o-", color="tab:orange")
ax.set_xlabel("epoch")
ax.set_ylabel("train_loss (mean over batches)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
    "discussion": r'''
With many examples, a full-batch step is slow and may not even fit in memory; mini-batches keep the cost and the
memory of a step fixed by batch_size and give many updates per epoch, so training progresses much faster per pass
over the data. The trade-off is gradient noise, which makes the loss jumpy and can call for a smaller learning rate
at the end. For tiny data sets such as this one, full-batch GD is simple and smooth enough.
''',
}
