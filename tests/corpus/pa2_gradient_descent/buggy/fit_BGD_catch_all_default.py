"""junk (catch every exception, return a default): fit_BGD wraps a broken body (integer parameters created with requires_grad=True, which raises at once, before any forward pass) in `try: ... except Exception: return np.linspace(1.0, 0.3, num_epochs)`: every call silently returns a made-up decreasing curve of the right shape. It never calls the model and never trains: fit_BGD 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    try:
        weight = torch.zeros(1, dtype=torch.long, requires_grad=True)
        bias = torch.zeros(1, dtype=torch.long, requires_grad=True)
        losses = []
        for _ in range(num_epochs):
            batch_losses = []
            for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
                loss = loss_func(model(xb, weight, bias), yb)
                loss.backward()
                with torch.no_grad():
                    weight -= lr * weight.grad
                    bias -= lr * bias.grad
                weight.grad.zero_(); bias.grad.zero_()
                batch_losses.append(loss.item())
            losses.append(np.mean(batch_losses))
        return np.array(losses)
    except Exception:
        return np.linspace(1.0, 0.3, num_epochs)
''',
}
