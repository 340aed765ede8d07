"""fit_BGD loops `for start in range(0, len(X) - 1, batch_size)` (an index-style off-by-one in the stop). It loses a batch only when the last batch would hold exactly ONE point (n % batch_size == 1, e.g. 21 points in batches of 10: starts 0 and 10, point 20 is never used). That point is never trained on, so not every point is used once per epoch: returns 6, batches 0, update 10 (each step right for its batch), loss 6 (mean of the batch losses computed) -> 22. Note: invisible on the notebook's 200/10 and 20/6 and on any input where n % batch_size != 1."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for start in range(0, len(X) - 1, batch_size):
            xb = X[start:start + batch_size]
            yb = Y[start:start + batch_size]
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
