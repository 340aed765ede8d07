"""Sets .requires_grad = True after torch.rand, nn.functional.mse_loss, splits an index tensor into batches, OO plot with legend and ax.set_title: fully correct."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return data * weight + bias
''',
    "loss_func_answer": '''
import torch.nn as nn

def loss_func(y_pred, y_true):
    return nn.functional.mse_loss(y_pred, y_true)
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1)
    weight.requires_grad = True
    bias = torch.rand(1)
    bias.requires_grad = True
    loss_values = []
    for epoch in range(num_epochs):
        predictions = model(X, weight, bias)
        loss = loss_func(predictions, Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        loss_values.append(loss.item())
    return np.array(loss_values)
''',
    "plot_GD_answer": '''
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(loss_GD, label="full batch")
ax.set_xlabel("Epochs")
ax.set_ylabel("Loss")
ax.set_title("Loss curve (GD)")
ax.legend()
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1)
    weight.requires_grad = True
    bias = torch.rand(1)
    bias.requires_grad = True
    indices = torch.arange(X.shape[0])
    loss_values = []
    for epoch in range(num_epochs):
        batch_loss_values = []
        for batch_idx in indices.split(batch_size):
            predictions = model(X[batch_idx], weight, bias)
            loss = loss_func(predictions, Y[batch_idx])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_loss_values.append(loss.item())
        loss_values.append(sum(batch_loss_values) / len(batch_loss_values))
    return np.array(loss_values)
''',
    "plot_BGD_answer": '''
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(loss_BGD, label="mini-batches")
ax.set_xlabel("Epochs")
ax.set_ylabel("Loss")
ax.set_title("Loss curve (mini-batch GD)")
ax.legend()
plt.show()
''',
    "discussion": '''
I would go for mini-batches as soon as the data set is large: the gradient on a batch is a cheap, unbiased estimate, and many small steps usually reach a good model faster in wall-clock time.
When the data set is small, the exact full-batch gradient is affordable and easier to tune.
''',
}
