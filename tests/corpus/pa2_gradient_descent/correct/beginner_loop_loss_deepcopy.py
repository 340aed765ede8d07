"""BEGINNER: loss_func adds up the squared errors point by point in a Python for loop (a tensor running total, so autograd follows it) and divides by the number of points, returning a one-element tensor of shape (1,); fit_GD deep-copies X and Y with copy.deepcopy INSIDE the epoch loop ('so nothing changes them'), recomputes n every epoch, records float(loss.detach().numpy()) and returns np.array(list, dtype=np.float64). Same values, gradients, updates and logged losses as the reference: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    n = len(y_pred)
    total = 0
    for i in range(n):
        difference = y_pred[i] - y_true[i]
        squared = difference * difference
        total = total + squared
    mean_squared_error = total / n
    return mean_squared_error
''',
    "fit_GD_answer": r'''
import copy


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    for epoch in range(num_epochs):
        X_safe = copy.deepcopy(X)
        Y_safe = copy.deepcopy(Y)
        n = len(X_safe)          # number of points (not really needed)
        predictions = model(X_safe, weight, bias)
        loss = loss_func(predictions, Y_safe)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        loss_value = float(loss.detach().numpy())
        history.append(loss_value)
    history_array = np.array(history, dtype=np.float64)
    return history_array
''',
}
