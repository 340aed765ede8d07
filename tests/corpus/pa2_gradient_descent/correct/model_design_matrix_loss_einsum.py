"""model builds the design matrix [data, 1] with torch.cat and multiplies it by the stacked parameter column
torch.cat([weight, bias]).view(2, 1): (n, 2) @ (2, 1) = (n, 1) = weight * data + bias, gradients sum(data) and n.
loss_func is written as torch.einsum('ij,ij->', r, r) / r.numel() (the dot product of the residual with itself
over its length): a 0-d tensor, the MSE, gradient 2 r / n. Both correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    # design matrix with a column of ones for the intercept
    design = torch.cat([data, torch.ones_like(data)], dim=1)      # (n, 2)
    theta = torch.cat([weight, bias]).view(2, 1)                  # (2, 1)
    return design @ theta
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    r = y_pred - y_true
    return torch.einsum("ij,ij->", r, r) / r.numel()
''',
}
