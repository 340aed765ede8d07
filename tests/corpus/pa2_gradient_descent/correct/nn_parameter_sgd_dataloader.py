"""Parameters as torch.nn.Parameter, torch.optim.SGD, F.mse_loss(reduction='mean'), DataLoader without shuffling, plt.plot with fig.suptitle as the title: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return torch.mul(weight, data) + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return F.mse_loss(y_pred, y_true, reduction="mean")
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.nn.Parameter(torch.zeros(1))
    bias = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([weight, bias], lr=lr)
    losses = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        opt.zero_grad()
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        opt.step()
        losses[epoch] = loss.item()
    return losses
''',
    "plot_GD_answer": '''
fig = plt.figure()
plt.plot(loss_GD, label="GD")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.legend()
fig.suptitle("Gradient descent on the linear model")
plt.show()
''',
    "fit_BGD_answer": '''
from torch.utils.data import DataLoader, TensorDataset

def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.nn.Parameter(torch.zeros(1))
    bias = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([weight, bias], lr=lr)
    loader = DataLoader(TensorDataset(X, Y), batch_size=batch_size)
    losses = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in loader:
            opt.zero_grad()
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            opt.step()
            batch_losses.append(loss.item())
        losses[epoch] = np.mean(batch_losses)
    return losses
''',
    "plot_BGD_answer": '''
fig = plt.figure()
plt.plot(loss_BGD, label="mini-batch GD")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.legend()
fig.suptitle("Mini-batch gradient descent on the linear model")
plt.show()
''',
    "discussion": '''
With millions of samples a full-batch gradient is too slow (and may not fit in memory), so we estimate it on mini-batches and update far more often.
On this toy data set the full batch costs almost nothing, so the smoother full-batch curve is preferable.
''',
}
