"""Junk in gradient_check, every other part honest (reference): gradient_check never takes autograd's gradient. It 'checks' the student's numerical_gradient against itself at two step sizes, ||g(eps) - g(10 eps)|| / (||g(eps)|| + ||g(10 eps)||), a self-consistency number that is tiny for any smooth f whatever its backward pass claims. It reports about 0 for right and wrong gradients alike: it cannot tell a wrong gradient (6 lost) and, flagging none, its small values for right gradients mean nothing (4 lost): 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between two gradient estimates of f at x."""
    fine = numerical_gradient(f, x.detach(), eps)
    coarse = numerical_gradient(f, x.detach(), 10 * eps)
    denominator = torch.linalg.norm(fine) + torch.linalg.norm(coarse)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(fine - coarse) / denominator)
''',
}
