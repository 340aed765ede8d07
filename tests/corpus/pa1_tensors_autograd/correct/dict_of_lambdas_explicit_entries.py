"""Correct, organised as dictionaries of lambdas, each entry written out by hand (no comprehension, so no
late-bound loop variable): ROW = {'top': ..., 'total': ...} holds the row amax and row sum with keepdim, used by
log_sum_exp and softmax; PIECES = {'sq_norms': ..., 'cross': ...} gives pairwise_sq_dists the expansion
||a||^2 + ||b||^2 - 2 a.b (clamped at 0 against rounding), no loop; NORM = {'l2': ...} is the Euclidean norm of
a flattened tensor for gradient_check (0.0 when both norms vanish). The dictionaries are module constants, read
and never changed; every lambda depends only on its arguments: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
PIECES = {
    "sq_norms": lambda M: (M * M).sum(dim=1),
    "cross": lambda P, Q: P @ Q.T,
}


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    D = PIECES["sq_norms"](A)[:, None] + PIECES["sq_norms"](B)[None, :] - 2.0 * PIECES["cross"](A, B)
    return D.clamp_min(0.0)
''',
    "log_sum_exp_answer": r'''
ROW = {
    "top": lambda z: z.amax(dim=1, keepdim=True),
    "total": lambda t: t.sum(dim=1, keepdim=True),
}


def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable."""
    top = ROW["top"](z)
    return (top + torch.log(ROW["total"](torch.exp(z - top)))).squeeze(1)
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable."""
    e = torch.exp(z - ROW["top"](z))
    return e / ROW["total"](e)
''',
    "gradient_check_answer": r'''
NORM = {"l2": lambda g: torch.linalg.vector_norm(g.reshape(-1), ord=2)}


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto, g_num = leaf.grad, numerical_gradient(f, x.detach(), eps)
    denominator = NORM["l2"](g_auto) + NORM["l2"](g_num)
    if denominator == 0:
        return 0.0
    return float(NORM["l2"](g_auto - g_num) / denominator)
''',
}
