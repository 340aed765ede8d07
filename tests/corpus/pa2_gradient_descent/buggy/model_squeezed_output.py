"""model squeezes its output to shape (n,): right values, wrong shape (10 - 2 = 8)."""
EXPECTED = {"model": 8, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}
ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return (weight * data + bias).squeeze()
''',
}
