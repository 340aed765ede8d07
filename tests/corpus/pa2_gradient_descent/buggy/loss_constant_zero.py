"""loss_func returns torch.tensor(0.0, requires_grad=True) whatever it is given: a one-element tensor of the right type, but a constant. Value 0, and tensor and gradient are not earned -> 0."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.tensor(0.0, requires_grad=True)
''',
}
