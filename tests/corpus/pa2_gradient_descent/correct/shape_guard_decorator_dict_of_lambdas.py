"""Functional student with a shape-checking decorator and dictionaries of lambdas. A decorator same_rows (functools.wraps)
checks, before each call, that the two tensor arguments it is told about have the same number of elements and raises
a ValueError with a clear message otherwise; it only checks, never changes, its arguments, and no valid input (data
(n, 1) with parameters (1,), predictions and targets of the same shape) is refused. model and loss_func are thin
functions that look their formula up in a module-level dict of lambdas, FORMULAS = {'line': ..., 'mse': ...}, read
only. The fits keep their update rule in a dict of lambdas too, one per parameter, built INSIDE each call and bound
with default arguments (lambda p=weight: ...), so each rule updates its own parameter (no late binding). Epoch losses
are the mean of the batch losses; the plots use a module-level LABELS dict, read only. Right for any valid input,
any number of calls: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
import functools

FORMULAS = {
    "line": lambda data, weight, bias: weight * data + bias,
    "mse": lambda y_pred, y_true: torch.mean((y_pred - y_true) ** 2),
}


def same_rows(first, second):
    """Decorator: the positional arguments `first` and `second` must hold as many numbers as each other."""
    def decorate(function):
        @functools.wraps(function)
        def checked(*args, **kwargs):
            a, b = args[first], args[second]
            if torch.is_tensor(a) and torch.is_tensor(b) and a.numel() != b.numel():
                raise ValueError(f"{function.__name__}: {tuple(a.shape)} and {tuple(b.shape)} do not match")
            return function(*args, **kwargs)
        return checked
    return decorate


def model(data, weight, bias):
    return FORMULAS["line"](data, weight, bias)
''',
    "loss_func_answer": '''
@same_rows(0, 1)
def loss_func(y_pred, y_true):
    return FORMULAS["mse"](y_pred, y_true)
''',
    "fit_GD_answer": '''
def _update_rules(weight, bias, lr):
    """One rule per parameter, each bound to its own tensor through a default argument."""
    return {
        "weight": lambda p=weight: p.sub_(lr * p.grad),
        "bias": lambda p=bias: p.sub_(lr * p.grad),
    }


@same_rows(2, 3)
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    rules = _update_rules(weight, bias, lr)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            for rule in rules.values():
                rule()
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
    "fit_BGD_answer": '''
@same_rows(2, 3)
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    rules = _update_rules(weight, bias, lr)
    n = len(X)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, n, batch_size):
            stop = min(start + batch_size, n)
            loss = loss_func(model(X[start:stop], weight, bias), Y[start:stop])
            loss.backward()
            with torch.no_grad():
                for rule in rules.values():
                    rule()
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
    "plot_GD_answer": '''
LABELS = {
    "GD": ("Epoch", "Loss (MSE)", "Full-batch gradient descent"),
    "BGD": ("Epoch", "Mean batch loss (MSE)", "Mini-batch gradient descent"),
}

xlabel, ylabel, title = LABELS["GD"]
plt.figure()
plt.plot(range(1, len(loss_GD) + 1), loss_GD, "o-")
plt.xlabel(xlabel)
plt.ylabel(ylabel)
plt.title(title)
plt.show()
''',
    "plot_BGD_answer": '''
xlabel, ylabel, title = LABELS["BGD"]
plt.figure()
plt.plot(range(1, len(loss_BGD) + 1), loss_BGD, "s-", color="tab:orange")
plt.xlabel(xlabel)
plt.ylabel(ylabel)
plt.title(title)
plt.show()
''',
}
