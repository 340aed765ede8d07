"""gradient_check with typing.Callable hints: autograd's gradient from torch.autograd.grad on a leaf whose requires_grad attribute is set by assignment, both gradients turned into flat NumPy arrays, norms by np.linalg.norm, the 0/0 case caught by comparing the denominator with 0, result cast with float(): fully correct."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'gradient_check_answer': r'''
from typing import Callable


def gradient_check(f: Callable[[torch.Tensor], torch.Tensor], x: torch.Tensor, eps: float = 1e-6) -> float:
    point = x.detach().clone()
    point.requires_grad = True
    (g_auto,) = torch.autograd.grad(f(point), [point])
    g_auto = g_auto.detach().numpy().ravel()
    g_num = numerical_gradient(f, x.detach().clone(), eps).numpy().ravel()
    top = np.linalg.norm(g_auto - g_num)
    bottom = np.linalg.norm(g_auto) + np.linalg.norm(g_num)
    return 0.0 if bottom == 0 else float(top / bottom)
''',
}
