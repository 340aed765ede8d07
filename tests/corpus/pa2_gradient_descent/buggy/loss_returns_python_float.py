"""loss_func returns the MSE as a python float via .item(): value right (6/6), not a tensor (0/2), no backward possible (0/2) -> 6."""

EXPECTED = {"model": 10, "loss_func": 6, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return torch.mean((y_pred - y_true) ** 2).item()
''',
}
