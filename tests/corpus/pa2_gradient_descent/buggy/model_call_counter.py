"""junk (counts its calls): model returns weight * data + bias for its first two calls, which are exactly the two calls of the notebook's model self-check, and from the third call on returns torch.zeros_like(data) + 0 * weight + 0 * bias (a tensor of the right shape that 'requires grad'). The self-check passes; every later caller, the grader included, gets zeros that ignore the data and the parameters. Form without substance: values 0, shape and gradient do not count -> model 0. (If the grader's probe happened to run before the self-check, its first two calls would be right and the rest zeros: still no consistent model, still 0.)"""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
_model_calls = [0]


def model(data, weight, bias):
    _model_calls[0] += 1
    if _model_calls[0] <= 2:
        return weight * data + bias
    return torch.zeros_like(data) + 0 * weight + 0 * bias
''',
}
