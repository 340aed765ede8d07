"""ONE slip in gradient_check, a notebook-state habit: the student wrote Part 6 first and, to avoid repeating
code, takes autograd's side in Part 5 from it: `_, g_auto = value_and_grad(f, x)`. The rest is the reference. In
the student's kernel (Part 6 already run) every check works, but value_and_grad is defined in a LATER cell: on
Restart & Run All (what the notebook asks before submitting) Part 5's self-check and any call made when Part 5 runs
raise NameError. The README's substitution covers a part calling an EARLIER part's function; this one is not yet
defined where Part 5 is judged. Nothing is returned: 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    _, g_auto = value_and_grad(f, x)          # my Part 6 function
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
