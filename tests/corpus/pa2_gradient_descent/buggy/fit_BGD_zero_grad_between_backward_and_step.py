"""fit_BGD uses torch.optim.SGD but calls optimizer.zero_grad() AFTER loss.backward() and BEFORE
optimizer.step(): every step sees zero gradients, so the parameters never change (SGD with zero gradient does
nothing). The batches are right and the logged losses honest, but it does not train. README: a fit that never
updates the parameters earns nothing -> 0. The message should say the parameters never changed (and ideally why:
the gradients are zeroed before the step)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            optimizer.zero_grad()
            optimizer.step()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
