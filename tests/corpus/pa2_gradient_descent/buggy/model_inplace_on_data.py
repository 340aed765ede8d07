"""model computes the prediction IN PLACE on its input, data *= weight; data += bias; return data ('to save
memory'): the returned tensor has the right values, shape and gradients for that one call, but the caller's data
is overwritten with the predictions, so calling the model twice on the same X gives w * (w x + b) + b the second
time (the notebook's own self-check fails: raising the bias by 1.5 does not raise the prediction by 1.5), and in
fit_GD every epoch would corrupt X. A model that changes its input is not 'predict weight * data + bias': values
lost (0/6), shape kept (2/2), gradients of one call right (2/2) -> 4. (Debatable; if the grader only ever passes
fresh tensors it cannot see it.)"""

EXPECTED = {"model": 4, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    data *= weight      # in place, no extra tensor
    data += bias
    return data
''',
}
