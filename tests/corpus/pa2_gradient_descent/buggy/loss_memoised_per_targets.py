"""junk (a cache that ignores the predictions): loss_func caches its value per TARGET tensor (keyed by the bytes of y_true: 'the targets never change, so the loss is the same'): the first call for a set of targets computes the MSE and stores the tensor; every later call with the same targets returns the stored value, whatever the predictions are. In training the loss would never change after the first epoch. The first value for each target set is right, but the output ignores y_pred from then on: a loss that ignores its inputs earns nothing (README: form without substance) -> loss_func 0. A grader that checks the value only on the first call for each target set could still give the value 6."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
_cache = {}


def loss_func(y_pred, y_true):
    key = y_true.detach().numpy().tobytes()
    if key not in _cache:
        _cache[key] = torch.mean((y_pred - y_true) ** 2)
    return _cache[key]
''',
}
