"""Device slip (written on a GPU machine): fit_GD starts with device = torch.device("cuda"), moves X and Y there and
creates weight and bias with device=device. The rest is the reference (one full-data step per epoch, gradients
zeroed, loss.item() logged before the update). On the student's Colab GPU it trains correctly; on a CPU-only machine,
like the grader's, the first .to(device) raises AssertionError 'Torch not compiled with CUDA enabled' (or a RuntimeError
about no NVIDIA driver), on every call and every input. The spec says nothing about a GPU, and the portable idiom
('cuda' if torch.cuda.is_available() else 'cpu') costs one line: a fit that raises on the grading machine for every
input earns nothing -> fit_GD 0 (the message should quote the CUDA error)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
device = torch.device("cuda")


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    X, Y = X.to(device), Y.to(device)
    weight = torch.rand(1, device=device, requires_grad=True)
    bias = torch.rand(1, device=device, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
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
}
