"""junk (detects who is calling): fit_BGD inspects the call stack. When its caller is the notebook itself (a cell's module-level code, as in run_BGD, or the self-check's _call helper), it trains honestly (the reference loop); for any other caller (the grader's probe, or any other code) it returns np.geomspace(5.0, 0.3, num_epochs), a made-up decreasing curve of the right length, without calling the model. The notebook's run and self-check pass; under the grader it never trains on the data it is given. Behaviour that changes with the caller is not an answer: fit_BGD 0 (the message should say it never called the model it was given)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
import inspect


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    caller = inspect.stack()[1]
    if caller.function not in ("<module>", "_call"):
        return np.geomspace(5.0, 0.3, num_epochs)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
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
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
