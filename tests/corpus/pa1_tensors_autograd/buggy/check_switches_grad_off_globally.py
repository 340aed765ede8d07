"""ONE slip in gradient_check, global autograd state left changed: after the autograd side, the student
writes torch.set_grad_enabled(False) as a plain statement ('the 2n evaluations of the numerical side need no
graph') and never switches it back. Called as a function, not used in a `with` block, it turns gradient
recording off for the WHOLE session. The first call is right; on every later call f(leaf) builds no graph and
backward() raises 'element 0 of tensors does not require grad' -- the notebook's own self-check fails at its
second check (the Doubled backward). The same leaked state also breaks value_and_grad's self-check and the plot
cell further down the notebook, but their code is the reference and right: by the notebook's rule 'a mistake
in one function costs points in that part only' they keep full marks, and only gradient_check pays. A check
that works once per session and raises afterwards cannot be used to check anything: 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    torch.set_grad_enabled(False)          # numerical side: no graph needed
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
