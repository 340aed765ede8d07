"""A fit that runs forever only on some inputs. fit_BGD walks its batches with `start = 0; while start != len(X): ...; start += batch_size` (!= where < was meant). When batch_size divides n (the notebook's 200 / 10) it is exactly the reference and the notebook's own run finishes; when the last batch is partial (the notebook says it must be used) start jumps over n and the loop never ends (empty slices forever). On such data fit_BGD never returns, like the corpus' fit_BGD_assert_batch_size_divides_n fails on it: fit_BGD 0 (the message should say the call timed out / did not finish). The time-out must not touch plot_BGD (reference, replayed: 5) or any other part."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

#: Runs until its cell times out: left out of the benchmark's samples.
NEVER_ENDS = True

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        start = 0
        while start != len(X):
            x_batch, y_batch = X[start:start + batch_size], Y[start:start + batch_size]
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
            start += batch_size
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
