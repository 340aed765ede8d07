"""fit_BGD starts with X = torch.tensor(X, dtype=torch.float32) and the same for Y, 'so that lists or NumPy arrays
work too'. On a tensor, torch.tensor(...) makes a detached COPY and PyTorch warns (UserWarning: 'To copy construct
from a tensor, it is recommended to use sourceTensor.detach().clone()'); torch.as_tensor would have avoided both.
The copy holds the same values (the notebook's data are float32, so the cast changes nothing), the caller's tensors
are untouched, and training is the reference algorithm on it: ceil(n / batch_size) batches by index arithmetic with
min() for the partial last batch, one update per batch under no_grad, grads zeroed, epoch loss = the mean of the
batch losses stored in a pre-allocated np.zeros. A warning is not a wrong answer and the notebook says nothing
about dtypes: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
import math


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    # accept lists and arrays as well as tensors
    X = torch.tensor(X, dtype=torch.float32)
    Y = torch.tensor(Y, dtype=torch.float32)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    n = X.shape[0]
    num_batches = math.ceil(n / batch_size)
    losses = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        total = 0.0
        for k in range(num_batches):
            lo, hi = k * batch_size, min((k + 1) * batch_size, n)
            loss = loss_func(model(X[lo:hi], weight, bias), Y[lo:hi])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            total += loss.item()
        losses[epoch] = total / num_batches
    return losses
''',
}
