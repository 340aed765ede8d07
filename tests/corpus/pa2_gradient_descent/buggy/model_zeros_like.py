"""model returns torch.zeros_like(data): a tensor of the right shape that ignores weight, bias and data. Form without substance: values 0, and shape and gradient are not earned because the output ignores its inputs -> 0."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return torch.zeros_like(data)
''',
}
