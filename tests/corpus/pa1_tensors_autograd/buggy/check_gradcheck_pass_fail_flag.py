"""Junk in gradient_check (a flag for a number), every other part honest: gradient_check hands the work to torch.autograd.gradcheck on a fresh leaf (raise_exception=False) and returns 0.0 if it passes and 1.0 if it fails. It never computes ||g_auto - g_num|| / (||g_auto|| + ||g_num||): right gradients give 0.0 (kept: right gradient 4, since wrong ones are flagged with 1.0), but every wrong gradient gets 1.0 instead of its relative error (a backward scaled by 1.5 should give 0.2), and a wrong gradient of a function scaled down to 1e-9 passes gradcheck's absolute tolerance and gets 0.0: wrong gradient (6) lost -> 4 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """0.0 if autograd's gradient of f at x agrees with finite differences, 1.0 if not."""
    leaf = x.detach().clone().requires_grad_(True)
    ok = torch.autograd.gradcheck(f, (leaf,), eps=eps, raise_exception=False)
    return 0.0 if ok else 1.0
''',
}
