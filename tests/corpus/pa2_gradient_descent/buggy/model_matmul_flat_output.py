"""model uses data @ weight with a (1,) weight, so the output has shape (n,) instead of (n, 1): values right (6/6), shape wrong (0/2), gradients right (2/2) -> 8."""

EXPECTED = {"model": 8, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    # matrix product of the inputs with the weight vector
    return data @ weight + bias
''',
}
