"""ONE slip in gradient_check, a scikit-learn metrics habit: the numerator is the MEAN ABSOLUTE ERROR between the
two gradients (torch.nn.functional.l1_loss, like sklearn's mean_absolute_error), while the denominator is the
sum of the Euclidean norms as asked. For a right gradient the numerator is about 0, so right gradients get about
0; but a wrong gradient's error is not ||g_auto - g_num|| / (||g_auto|| + ||g_num||): for the notebook's factor-2
backward on x = [0.5, -1, 2] it gives 0.17 instead of 1/3 (the self-check only asks for something between 0.1
and 1, so it passes), and the value shrinks like 1/sqrt(n) as x gets more entries. Right gradient (4) kept, wrong
gradient (6) lost: 4 / 10 (as corpus check_max_denominator)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
import torch.nn.functional as F


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    den = g_auto.norm() + g_num.norm()
    if den == 0:
        return 0.0
    return float(F.l1_loss(g_auto, g_num) / den)     # mean absolute error, scaled
''',
}
