"""ONE slip in gradient_check, a closure over a loop variable bound late: the cell builds a dict of norms in a
comprehension, NORMS = {name: (lambda v: torch.linalg.vector_norm(v.reshape(-1), ord=p)) for name, p in
(("l1", 1), ("l2", 2), ("max", inf))}, and gradient_check uses NORMS["l2"]. Each lambda looks p up when it is
CALLED, by then the comprehension's last value: every entry of the dict is the max norm. So the relative error
is ||g_auto - g_num||_inf / (||g_auto||_inf + ||g_num||_inf). Right gradients still give about 0, and an error
that is a multiple of the true gradient gives the same number in any norm (so the self-check's factor-2
backward, 1/3, passes); any other wrong gradient (one wrong entry, a wrong sign on some entries, a gradient of
another function) gets a different number than the asked 2-norm formula. Right gradient (4) kept, wrong
gradient (6) lost: 4 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
from math import inf

NORMS = {name: (lambda v: torch.linalg.vector_norm(v.reshape(-1), ord=p))
         for name, p in (("l1", 1), ("l2", 2), ("max", inf))}


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    norm = NORMS["l2"]
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = norm(g_auto) + norm(g_num)
    if denominator == 0:
        return 0.0
    return float(norm(g_auto - g_num) / denominator)
''',
}
