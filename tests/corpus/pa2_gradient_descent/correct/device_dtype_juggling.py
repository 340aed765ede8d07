"""Device and dtype habits from GPU tutorials: fit_GD picks device = 'cuda' if torch.cuda.is_available() else 'cpu', moves X and Y there with .to(device), creates the parameters on that device and logs loss.detach().cpu().item(); fit_BGD round-trips the data through NumPy (torch.from_numpy(X.numpy().astype(np.float64))) and trains in float64 with .double() parameters, then returns the losses with .astype(np.float32). On the grader's CPU the device is 'cpu' and the float64 copies hold the same values: every step and logged loss is right, full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
device = "cuda" if torch.cuda.is_available() else "cpu"


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
        losses.append(loss.detach().cpu().item())
    return np.array(losses)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    Xd = torch.from_numpy(X.cpu().numpy().astype(np.float64))
    Yd = torch.from_numpy(Y.cpu().numpy().astype(np.float64))
    weight = torch.rand(1).double().requires_grad_()
    bias = torch.rand(1).double().requires_grad_()
    out = []
    for _ in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(torch.split(Xd, batch_size), torch.split(Yd, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight.sub_(lr * weight.grad)
                bias.sub_(lr * bias.grad)
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(float(loss.detach().cpu().numpy()))
        out.append(np.mean(batch_losses))
    return np.array(out).astype(np.float32)
''',
}
