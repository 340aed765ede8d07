"""model forgets the bias (returns weight * data): values wrong (0/6), shape right (2/2), bias gets no gradient (0/2) -> 2."""

EXPECTED = {"model": 2, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return weight * data
''',
}
