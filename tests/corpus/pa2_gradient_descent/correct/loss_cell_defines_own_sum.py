"""A builtin shadowed by a compatible function: the loss cell defines the student's own `sum(values, start=0.0)` (a plain loop, 'practising loops') at module level and uses it in loss_func: sum(squared.view(-1)) / squared.numel(), the exact MSE as a one-element tensor with the right gradient. The shadowing leaks into every later cell: the reference fit_BGD's sum(batch_losses) now calls the student's sum, which adds the floats the same way. Nothing breaks and every part behaves as asked: full marks everywhere."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": '''
def sum(values, start=0.0):
    """My own sum (practising loops)."""
    total = start
    for v in values:
        total = total + v
    return total


def loss_func(y_pred, y_true):
    squared = (y_pred - y_true) ** 2
    return sum(squared.view(-1)) / squared.numel()
''',
}
