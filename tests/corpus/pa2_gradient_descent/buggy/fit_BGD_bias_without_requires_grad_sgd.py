"""fit_BGD forgets requires_grad on the bias (bias = torch.rand(1)) and trains with torch.optim.SGD([weight, bias], lr=lr): no error anywhere, because SGD silently skips a parameter whose .grad is None, so the bias keeps its initial value while the weight trains. Batches (torch split, last partial) and logged losses are right: returns 6, batches 8, update 0, loss 6 -> 20 (like the corpus' fit_GD_bias_never_updated)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    epoch_losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(X.split(batch_size), Y.split(batch_size)):
            optimizer.zero_grad()
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            optimizer.step()
            batch_losses.append(loss.item())
        epoch_losses.append(np.mean(batch_losses))
    return np.array(epoch_losses)
''',
}
