"""model wraps the line in a ReLU, torch.relu(weight * data + bias), a habit from neural-network layers: every negative prediction becomes 0. Values wrong wherever the line is below 0 (0/6), shape of data kept (2/2), gradients wrong (only the rows with a positive prediction contribute: the weight gets a partial sum of data, the bias fewer than n) (0/2) -> 2. The message should name the values (zeros where the line is negative) and the gradient."""

EXPECTED = {"model": 2, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    return torch.relu(weight * data + bias)
''',
}
