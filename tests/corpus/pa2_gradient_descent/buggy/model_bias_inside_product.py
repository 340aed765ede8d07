"""model puts the bias inside the product, weight * (data + bias): predictions wrong (0/6), shape of data kept (2/2), the weight's gradient is sum(data + bias) instead of sum(data) and the bias's n*weight instead of n (0/2) -> 2."""

EXPECTED = {"model": 2, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    return weight * (data + bias)
''',
}
