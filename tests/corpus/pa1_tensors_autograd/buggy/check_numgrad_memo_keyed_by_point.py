"""ONE slip in gradient_check: central differences cost 2n evaluations, so the student memoises the numerical gradient in a module-level dict keyed by the POINT (x's shape, eps and bytes) -- forgetting f. The first check at a point is right; any later check of ANOTHER f at the same point compares that f's autograd gradient with the FIRST f's numerical gradient. The notebook's own self-check checks sum(x sin x) and then the doubled sum(x^2) at the same x: the second call compares 4x with the gradient of x sin x and reports 0.78, which happens to lie in (0.1, 1), so it passes. In general a right gradient checked after another function at that point reports a large error, and a wrong one a meaningless number: both criteria broken, fair 0 / 10. (A grader that never checks two different functions at one point cannot see it and gives 10.) Graded 6: the memo answers wrongly only when another f is checked at an x seen before (the grader's last case), which costs the right-gradient criterion (4); every wrong gradient is still measured right (6 kept)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 6, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
_numerical_cache = {}  # the expensive part, once per point


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one.

    Args:
        f: differentiable function from a tensor shaped like x to a scalar tensor.
        x: float64 tensor, the point at which to check; not modified.
        eps: step of the central differences.

    Returns:
        Python float: ||g_auto - g_num|| / (||g_auto|| + ||g_num||), or 0.0 if both are zero.
    """
    point = x.detach()
    key = (tuple(point.shape), eps, point.numpy().tobytes())
    if key not in _numerical_cache:
        _numerical_cache[key] = numerical_gradient(f, point, eps)
    g_num = _numerical_cache[key]
    leaf = point.clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
