"""ONE slip in log_sum_exp, thinking in float64: the student shifts by the row maximum only when some |logit| exceeds 500 ('exp overflows past ~709, keep a margin') and otherwise computes log(sum(exp(z))) as written. But the inputs are float32, whose exp overflows past ~88.7 and underflows to 0 below ~-103: z = [[100., 100.]] gives inf, z = [[-200., -200.]] gives log 0 = -inf. The notebook's +-1000 check takes the shifted branch and passes; so does every input whose logits reach +-500 or more. The spec: 'stable for large positive or negative logits', 'finite whenever z is'. Values and shape right; stable (4) lost: 6 / 10. (A grader whose large logits are all near +-700 or +-1000 cannot see it: it needs logits between about 89 and 500 in size.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits.

    Args:
        z: tensor of shape (n, k).

    Returns:
        Tensor of shape (n,): entry i is log(sum_j exp(z[i, j])), finite whenever z is.
    """
    if z.abs().max() > 500:  # exp overflows past ~709: only then is the shift needed
        top = z.max(dim=1, keepdim=True).values
        return (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)
    return torch.log(torch.exp(z).sum(dim=1))
''',
}
