"""junk: model predicts the same number for every point, (weight * data.mean() + bias).expand_as(data): a horizontal line at the value the true line takes at the mean of x. It has the shape of data and its gradients happen to be sum(data) and n, but every row gets one repeated number where the answer differs from row to row, so it is not a model of a line (README: a model whose output is a constant earns nothing; form without substance). Values 0, and shape and gradient are not earned -> 0."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    return (weight * data.mean() + bias).expand_as(data)
''',
}
