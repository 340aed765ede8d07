"""A helper defined in a LATER answer cell: the student wrote Part 5 first, put a step helper sgd_step(model, loss_func, xb, yb, weight, bias, lr) (forward, backward, no_grad update, grads zeroed, returns loss.item()) in the fit_BGD cell, and then wrote fit_GD (Part 3) to call it. In the notebook's order (Restart and Run All) sgd_step does not exist yet when fit_GD runs: the run_GD cell and fit_GD's self-check raise NameError, and the grader's fit_GD check, run at that point, sees a function that raises (as the corpus' model_fixed_only_in_later_cell: each part is judged where its check stands). fit_GD 0. The fit_BGD cell defines the helper and uses it correctly: fit_BGD 30; all other parts full."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    # the whole data set is one batch; sgd_step is my helper from Part 5
    return np.array([sgd_step(model, loss_func, X, Y, weight, bias, lr) for _ in range(num_epochs)])
''',
    "fit_BGD_answer": r'''
def sgd_step(model, loss_func, xb, yb, weight, bias, lr):
    """One gradient step on one batch; returns the batch loss before the step."""
    loss = loss_func(model(xb, weight, bias), yb)
    loss.backward()
    with torch.no_grad():
        weight -= lr * weight.grad
        bias -= lr * bias.grad
    weight.grad.zero_()
    bias.grad.zero_()
    return loss.item()


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = [sgd_step(model, loss_func, xb, yb, weight, bias, lr)
                        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size))]
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
