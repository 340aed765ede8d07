"""Notebook habits in the fits: fit_GD declares `global weight, bias` so the learned line can be inspected after training (each call still creates fresh parameters, and nothing graded reads the globals), and wraps its epoch loop in tqdm through a guarded import (try: from tqdm.auto import tqdm / except ImportError: a pass-through fallback), so it runs with or without tqdm installed. The fit_BGD cell starts with the deprecated torch.set_default_tensor_type(torch.DoubleTensor) (from an old tutorial): later tensors made without a dtype are float64, the reference body is unchanged. All parts behave as asked: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
try:
    from tqdm.auto import tqdm
except ImportError:  # no progress bars on this machine
    def tqdm(iterable, **kwargs):
        return iterable


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    global weight, bias  # keep the learned line for inspection after training
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in tqdm(range(num_epochs), desc="GD", leave=False):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
    "fit_BGD_answer": '''
torch.set_default_tensor_type(torch.DoubleTensor)


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
