"""junk (a cache that ignores the parameters): model memoises its predictions by the SHAPE of data ('the same data is passed every epoch, so compute it once'): the first call for each shape computes weight * data + bias and stores it; every later call with data of that shape returns the stored tensor, whatever weight, bias and data now are. The notebook's self-check (two calls on 5 rows, the second with another bias) fails on it. Each first call of a shape is right, but the output ignores weight, bias and data from then on: a model whose output ignores its inputs earns nothing (README: form without substance) -> model 0. A grader that checks values only on the first call of each size could still give the values 6."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
_predictions = {}


def model(data, weight, bias):
    key = tuple(data.shape)
    if key not in _predictions:
        _predictions[key] = weight * data + bias
    return _predictions[key]
''',
}
