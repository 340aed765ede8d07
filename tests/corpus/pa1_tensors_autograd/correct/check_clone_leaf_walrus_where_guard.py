"""Correct, written tersely with newer idioms: gradient_check makes its leaf with x.clone().requires_grad_(True) (no .detach(): the Part 5 spec's x is 'a float64 tensor, the point at which to check', and a plain tensor's clone is already a fresh leaf with no history), takes autograd's gradient by backward(), the numerical one from numerical_gradient(f, x, eps), and returns torch.where((den := ||g_auto|| + ||g_num||) > 0, ||g_auto - g_num|| / den, 0.0).item(): a walrus names the denominator inside the call, and torch.where picks 0.0 in the 0/0 case (the NaN of 0/0 sits in the branch that is not selected, which is harmless in a forward computation). Norms by torch.linalg.vector_norm, which flattens any shape. Result a Python float. Unlike corpus vg_clone_without_detach, Part 5 never promises an x that already requires grad (Part 6 does: 'it may already have one'), so the missing detach() is not a slip here. Full marks: 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.clone().requires_grad_(True)          # a copy of x that autograd watches
    f(leaf).backward()
    g_auto, g_num = leaf.grad, numerical_gradient(f, x, eps)
    norm = torch.linalg.vector_norm
    rel = torch.where((den := norm(g_auto) + norm(g_num)) > 0, norm(g_auto - g_num) / den, 0.0)
    return rel.item()
''',
}
