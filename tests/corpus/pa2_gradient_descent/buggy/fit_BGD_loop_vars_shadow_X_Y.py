"""Slip (reusing names of the outer scope): fit_BGD writes its batch loop as `for X, Y in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):`. zip is built once per epoch, so the first epoch is right, but the loop variables overwrite X and Y: from the second epoch on, X and Y are the LAST batch of the previous epoch, and each later epoch makes one update on that last batch only. Steps are -lr * the gradient of the batch used (update 10), the array has num_epochs floats (returns 6), the logged epoch loss is the mean of the batch losses the epoch computed (loss 6), but every point is not used once per epoch (batches 0) -> 22 (like the corpus' fit_BGD_only_first_batch)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for X, Y in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(X, weight, bias), Y)
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
