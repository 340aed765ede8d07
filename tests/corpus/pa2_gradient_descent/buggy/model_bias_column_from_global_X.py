"""Slip (reads a notebook global instead of its argument): model builds the bias column from the GLOBAL X, `weight * data + bias * torch.ones(len(X), 1)` (the student meant len(data)). With the notebook's 200 points it is right, but for any other number of rows (the self-check's 5, the grader's 5-12) the (n, 1) + (200, 1) addition raises RuntimeError ('The size of tensor a (n) must match the size of tensor b (200)'). A model that raises on every input but the notebook's data earns nothing: model 0. The message should quote the size-mismatch RuntimeError. The fits are graded with the grader's own model: nothing else changes."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    return weight * data + bias * torch.ones(len(X), 1)
''',
}
