"""R habit (explicit recycling with rep), one slip in model: weight * data + bias.repeat(len(data)), i.e. w * x + rep(b, n). In R both are plain vectors; here weight * data is an (n, 1) column and bias.repeat(n) an (n,) row vector, so broadcasting returns an (n, n) table, not (n, 1) predictions. Values wrong (an n x n table; not the predictions), shape wrong, and the gradients of sum(output) are n * sum(x) and n * n instead of sum(x) and n: values 0, shape 0, gradients 0 -> 0."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    n = len(data)
    return weight * data + bias.repeat(n)      # w * x + rep(b, n)
''',
}
