"""torch.optim.SGD with optimizer.zero_grad(), nn.MSELoss, randn init, DataLoader(shuffle=True) batches, plots with markers and 1-based x: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    y = weight * data + bias
    return y
''',
    "loss_func_answer": '''
import torch.nn as nn

criterion = nn.MSELoss()

def loss_func(y_pred, y_true):
    return criterion(y_pred, y_true)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    losses = []
    for epoch in range(num_epochs):
        optimizer.zero_grad()
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_GD_answer": '''
plt.figure(figsize=(6, 4))
plt.plot(range(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Gradient Descent")
plt.show()
''',
    "fit_BGD_answer": '''
from torch.utils.data import DataLoader, TensorDataset

def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    loader = DataLoader(TensorDataset(X, Y), batch_size=batch_size, shuffle=True)
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    losses = []
    for epoch in range(num_epochs):
        total, count = 0.0, 0
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            optimizer.step()
            total += loss.item()
            count += 1
        losses.append(total / count)
    return np.array(losses)
''',
    "plot_BGD_answer": '''
plt.figure(figsize=(6, 4))
plt.plot(range(1, len(loss_BGD) + 1), loss_BGD, marker="s")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Mini-batch Gradient Descent")
plt.show()
''',
    "discussion": '''
**Mini-batches** are the usual choice when training on many examples (or on a GPU with limited memory): every step only touches a few samples, so the model starts improving long before one full pass over the data is finished.
For a tiny regression problem like ours the full batch is cheap, and its smooth loss curve is easier to read.
''',
}
