"""Slip that only shows on large values: after exercise 1 (the learning-rate sweep, where lr = 0.031 diverges and the
printed losses run to inf / nan) the student went back to Part 1 and made the model 'safe':
torch.clamp(weight * data + bias, -1e3, 1e3). For every prediction within +-1000 it is exactly weight * data + bias
with the right gradients, but for larger ones (data of larger scale, a weight far from 1, a diverging run) the
prediction is capped and its gradient is 0, so the model no longer computes the line the spec defines for all
inputs. Fair grading: values lost (6), gradient lost (2: no gradient reaches weight and bias through a clamped
prediction), shape kept (2) -> 2. (A grader whose predictions never exceed a few tens does not see it.)"""

EXPECTED = {"model": 2, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias (kept within +-1000 so that a diverging run stays finite)."""
    return torch.clamp(weight * data + bias, -1e3, 1e3)
''',
}
