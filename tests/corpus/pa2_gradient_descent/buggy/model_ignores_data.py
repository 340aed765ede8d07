"""junk: model returns weight + bias expanded to the shape of data, ignoring data's values: nothing."""

EXPECTED = {'model': 0, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5}

ANSWERS = {
    'model_answer': '''
def model(data, weight, bias):
    return (weight + bias).expand_as(data)
''',
}
