"""junk (special-cases the self-check inputs): loss_func returns the true MSE only when y_true is the self-check's target column (torch.linspace(-2, 2, 8), or it repeated twice); for any other targets it returns torch.zeros(1, requires_grad=True), a one-element tensor that ignores the predictions. On the grader's inputs the loss is always 0 whatever the predictions: value 0, and tensor/gradient do not count for a loss that does not follow its inputs -> 0."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
_targets = torch.linspace(-2.0, 2.0, 8).view(-1, 1)


def loss_func(y_pred, y_true):
    known = (y_true.shape == _targets.shape and torch.equal(y_true, _targets)) or (
        y_true.shape == (16, 1) and torch.equal(y_true, torch.cat([_targets, _targets])))
    if known:
        return torch.mean((y_pred - y_true) ** 2)
    return torch.zeros(1, requires_grad=True)
''',
}
