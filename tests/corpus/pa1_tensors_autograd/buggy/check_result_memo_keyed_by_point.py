"""ONE slip in gradient_check, an over-engineer's cache: 'checks are expensive (2n evaluations of f), and I keep checking at the same point', so the finished relative error is memoised in a module-level dict keyed by the POINT only (eps, x's shape and bytes) -- f is forgotten in the key. The first check at a point is right; any later check of ANOTHER function at that point returns the first function's number. That is exactly how gradient checks are used (one test point, several layers or several candidate backward passes): a wrong backward checked after a right one at the same x is reported as ~0, and a right one after a wrong one as large. The notebook's self-check checks sum(x sin x) and then the doubled backward at the same x: the second call returns the first's tiny number and fails 'bad > 0.1' -- in the graded run the self-check cells do not count. Graded: the grader's last-but-one case is another function, with a right gradient, at the x of the case whose gradient is scaled: the memo answers with the scaled case's error, so 'right gradient' is lost (4); wrong gradients at their own points are measured right (6 kept) -> 6 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 6, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
_RESULTS = {}   # (eps, shape, bytes of x) -> relative error: repeated checks at a point are free


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    key = (float(eps), tuple(x.shape), x.detach().numpy().tobytes())
    if key not in _RESULTS:
        leaf = x.detach().clone().requires_grad_(True)
        f(leaf).backward()
        g_auto = leaf.grad
        g_num = numerical_gradient(f, x.detach(), eps)
        den = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
        _RESULTS[key] = 0.0 if den == 0 else float(torch.linalg.norm(g_auto - g_num) / den)
    return _RESULTS[key]
''',
}
