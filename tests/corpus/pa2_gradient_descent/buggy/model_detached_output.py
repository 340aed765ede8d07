"""model returns a detached tensor, so nothing can be differentiated: values right (6/6), shape right (2/2), no gradient (0/2) -> 8."""

EXPECTED = {"model": 8, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return (weight * data + bias).detach()
''',
}
