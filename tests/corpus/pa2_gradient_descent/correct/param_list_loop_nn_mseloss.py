"""Updates all parameters in a loop over [weight, bias], builds nn.MSELoss() inside loss_func, DataLoader(shuffle=True) with a manual update, plots lists with explicit x: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return weight * data + bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    mse = torch.nn.MSELoss(reduction="mean")
    return mse(y_pred, y_true)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    params = [weight, bias]
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= lr * p.grad
                p.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_GD_answer": '''
plt.plot(list(range(len(loss_GD))), list(loss_GD))
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("GD learning curve")
plt.show()
''',
    "fit_BGD_answer": '''
from torch.utils.data import TensorDataset, DataLoader

def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    params = [weight, bias]
    dataset = TensorDataset(X, Y)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for xb, yb in DataLoader(dataset, batch_size=batch_size, shuffle=True):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                for p in params:
                    p -= lr * p.grad
                    p.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
    "plot_BGD_answer": '''
plt.plot(list(range(len(loss_BGD))), list(loss_BGD))
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Mini-batch GD learning curve")
plt.show()
''',
    "discussion": '''
Mini-batch gradient descent should be used when the data set is large: each update only needs a small batch, so training makes progress much sooner and the memory footprint stays small.
For our 200 points the full batch is cheap enough and gives the cleanest curve.
''',
}
