"""model returns the data itself (data * 1.0): the output follows the data but not weight or bias, so it is not a model of the line; shape and gradient are not earned -> 0."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    prediction = data * 1.0
    return prediction
''',
}
