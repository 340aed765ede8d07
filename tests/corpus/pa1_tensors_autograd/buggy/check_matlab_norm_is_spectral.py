"""ONE slip in gradient_check, MATLAB's norm(): in MATLAB norm(G) of a matrix is the spectral 2-norm (largest
singular value), and the student writes torch.linalg.norm(g, ord=2) "to be explicit". For a 1-D x (the
notebook's self-check) this is the Euclidean norm and everything is right. For a matrix x, ord=2 gives the
largest singular value, not the sqrt of the sum of squares the formula asks for (||.||_2 of the gradient as a
vector): right gradients still give about 0 (a tiny difference has a tiny spectral norm) and errors that are a
multiple of the true gradient come out the same, but any other wrong gradient of a matrix x gets a different
relative error (and a 3-D x raises, torch.linalg.norm with ord=2 needs a matrix). Right gradient (4) kept,
wrong gradient (6) lost: 4 / 10 (as corpus check_norm_of_sum_denominator, visible only off the parallel case).

Graded 0, not 4: the grader's cases include a matrix x and a 3-D x (f takes a tensor shaped like x) for a right
and a wrong gradient; linalg.norm(ord=2) gives the spectral norm of a matrix and raises for a 3-D x, so both
criteria fail on those shapes."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    norm = lambda g: torch.linalg.norm(g, ord=2)       # MATLAB: norm(g)
    den = norm(g_auto) + norm(g_num)
    if den == 0:
        return 0.0
    return float(norm(g_auto - g_num) / den)
''',
}
