"""model adds the bias as bias * torch.ones(n), a FLAT vector of shape (n,), to weight * data of shape (n, 1): broadcasting makes an (n, n) table (every prediction plus every bias entry), not the (n, 1) predictions. Values wrong (0/6), shape wrong (0/2), gradients wrong (the weight gets n * sum(data), the bias n * n) (0/2) -> 0."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    n = data.shape[0]
    return weight * data + bias * torch.ones(n)     # the bias for every point
''',
}
