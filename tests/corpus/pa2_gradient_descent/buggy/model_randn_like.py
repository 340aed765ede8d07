"""junk (random of the right shape): model returns torch.randn_like(data) + 0 * weight + 0 * bias: a float tensor of the shape of data that 'requires grad', but its numbers are random, not w * x + b, and the gradients are 0. Values 0, and shape/gradient do not count for an output that does not follow the inputs -> 0."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    return torch.randn_like(data) + 0 * weight + 0 * bias
''',
}
