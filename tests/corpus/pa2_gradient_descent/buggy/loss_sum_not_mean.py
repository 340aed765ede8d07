"""loss_func sums the squared errors instead of averaging: value wrong (0/6), single-element tensor (2/2), gradient n times too big (0/2) -> 2."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.sum((y_pred - y_true) ** 2)
''',
}
