"""Debugging leftovers: the fit_GD cell calls torch.set_printoptions(profile='full', precision=6) and np.set_printoptions(suppress=True), and fit_GD prints the whole prediction tensor (every row) at every epoch; fit_BGD is full of assert statements that always hold for correct code (same number of rows in X and Y, a 0-d finite loss, gradients that exist, num_epochs losses at the end) and prints each batch's size and loss. Printing and true asserts change nothing: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
torch.set_printoptions(profile="full", precision=6)
np.set_printoptions(suppress=True)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        pred = model(X, weight, bias)
        print("epoch", epoch, "predictions:", pred.detach().view(-1))
        loss = loss_func(pred, Y)
        loss.backward()
        print("  grads:", weight.grad, bias.grad)
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    print(np.array(losses))
    return np.array(losses)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    assert X.shape[0] == Y.shape[0], "X and Y must have the same number of rows"
    assert batch_size > 0
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            assert len(xb) == len(yb) and 0 < len(xb) <= batch_size
            loss = loss_func(model(xb, weight, bias), yb)
            assert loss.numel() == 1 and torch.isfinite(loss), f"bad loss {loss}"
            loss.backward()
            assert weight.grad is not None and bias.grad is not None
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            print(f"  batch of {len(xb)}: loss {loss.item():.4f}")
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    assert len(losses) == num_epochs
    return np.array(losses)
''',
}
