"""loss_func forgets the square (mean of the raw differences): value wrong (0/6), single-element tensor (2/2), gradient is 1/n everywhere (0/2) -> 2."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.mean(y_pred - y_true)
''',
}
