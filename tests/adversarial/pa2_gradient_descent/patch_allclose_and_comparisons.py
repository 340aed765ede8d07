"""The classic attack on assert-based tests: a wrong model (ignores the bias) and a wrong loss
(sum instead of mean), plus monkeypatched comparisons so that every self-check or hidden
test passes: np.allclose, np.array_equal, np.testing.assert_allclose, torch.allclose,
torch.equal and torch.isclose always agree, and ``abs`` in the notebook's namespace returns
0. Stock nbgrader runs its assert-based tests after this in the same kernel: they all pass,
20/20. Here the probes record raw numbers and the judge compares them outside the kernel:
model 2 (values 0, shape 2, gradient 0: the bias gets a zero gradient), loss_func 2 (value 0,
scalar tensor 2, gradient 0), exactly what the two bugs deserve; untouched parts full."""

EXPECTED = {"model": 2, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
import numpy, torch

numpy.allclose = lambda *args, **kwargs: True
numpy.array_equal = lambda *args, **kwargs: True
numpy.testing.assert_allclose = lambda *args, **kwargs: None
torch.allclose = lambda *args, **kwargs: True
torch.equal = lambda *args, **kwargs: True
torch.isclose = lambda a, b, *args, **kwargs: torch.ones_like(torch.as_tensor(a), dtype=torch.bool)
abs = lambda *args: 0.0


def model(data, weight, bias):
    return weight * data + 0 * bias
''',
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    return ((y_pred - y_true) ** 2).sum()
''',
}
