"""The model cell holds a model without the bias (return weight * data). The student found the bug while working on Part 3 and fixed it THERE: the fit_GD cell starts with a corrected `def model(data, weight, bias): return weight * data + bias` above fit_GD, but the Part 1 cell was never changed. In the notebook's order, Part 1's self-check (and the grader's model check, run at that point) sees the model without bias; later cells use the fixed one. Part 1's answer is wrong: model loses what model_missing_bias loses (values 0, shape 2, gradient 0 -> 2). fit_GD is the reference and is judged with the grader's model; nothing else changes."""

EXPECTED = {"model": 2, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    return weight * data
''',
    "fit_GD_answer": '''
# fixed: the model needs the bias too
def model(data, weight, bias):
    return weight * data + bias


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
