"""Printing instead of returning (a REPL/MATLAB habit of leaving off the semicolon to see values): fit_BGD trains exactly like the reference (torch.split batches, last one partial, one no_grad update per batch, grads zeroed, batch losses logged before each update) and PRINTS each epoch's mean batch loss, `print(f"epoch {epoch + 1}: {np.mean(batch_losses):.4f}")`, but never returns anything: the function returns None. Batches (8) and update (10) are judged from the parameters' history and are right; the return value is missing (returns 0), and the epoch losses are not reported by the function at all (loss 0, as in the corpus' fit_GD_append_after_loop where the epoch losses are not returned). fit_BGD 18; every other part is the reference (plot_BGD is replayed on the grader's losses)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 18, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    for epoch in range(num_epochs):
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
        print(f"epoch {epoch + 1}: {np.mean(batch_losses):.4f}")
''',
}
