"""ONE slip in numerical_gradient (a permutation drawn once and reused for every size). The student visits the entries of x in a random order ('so that no entry's result depends on the order'), but draws that order ONCE, at the first call, into a module-level variable, and reuses it for every later call; after an IndexError on a smaller x they added `if i < n` to skip indices that do not exist. The first call in the notebook is the self-check's (2, 3) x, so the order holds 0..5 for good: any later x with more than 6 entries gets central differences for its first 6 entries only and 0 for the rest (an x of 15 entries: 9 zeros). The self-check's x's have 6 and 1 entries, so it passes. Shape, x untouched and the central quotient are right, but the values are wrong for every x larger than the first one: values (6) lost -> 9 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 9, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
_visit_order = None


def numerical_gradient(f, x, eps=1e-6):
    global _visit_order
    if _visit_order is None:
        _visit_order = torch.randperm(x.numel())     # drawn once, so runs are comparable
    n = x.numel()
    grad = torch.zeros(n, dtype=x.dtype)
    for i in _visit_order.tolist():
        if i < n:
            step = torch.zeros(n, dtype=x.dtype)
            step[i] = eps
            step = step.reshape(x.shape)
            grad[i] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
