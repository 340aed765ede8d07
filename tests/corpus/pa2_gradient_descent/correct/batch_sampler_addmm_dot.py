"""model via torch.addmm(bias, data, weight.view(1, 1)); loss_func as a dot product of the flattened residual with itself over its length; fit_BGD draws its index batches from torch.utils.data.BatchSampler(SequentialSampler(range(n)), batch_size, drop_last=False) (last batch partial and kept), uniform_(-1, 1) init, updates both parameters in a loop over (weight, bias) under no_grad, and keeps the epoch loss as an incremental running mean of the batch losses. Fully correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    # bias + data @ W, with W the weight as a 1x1 matrix
    return torch.addmm(bias, data, weight.view(1, 1))
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    d = (y_pred - y_true).reshape(-1)
    return torch.dot(d, d) / d.shape[0]
''',
    "fit_BGD_answer": r'''
from torch.utils.data import BatchSampler, SequentialSampler


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.empty(1).uniform_(-1, 1).requires_grad_()
    bias = torch.empty(1).uniform_(-1, 1).requires_grad_()
    sampler = BatchSampler(SequentialSampler(range(len(X))), batch_size=batch_size, drop_last=False)
    epoch_losses = []
    for _ in range(num_epochs):
        running = 0.0
        for k, idx in enumerate(sampler, start=1):
            idx = torch.tensor(idx)
            loss = loss_func(model(X[idx], weight, bias), Y[idx])
            loss.backward()
            with torch.no_grad():
                for p in (weight, bias):
                    p -= lr * p.grad
                    p.grad.zero_()
            running += (loss.item() - running) / k   # running mean of the batch losses
        epoch_losses.append(running)
    return np.array(epoch_losses)
''',
}
