"""Two slips in two parts.
(1) log_sum_exp (a sort-direction slip): for an accurate sum the student sorts each row ASCENDING and takes the shift from the FIRST column, which is the row MINIMUM, not the maximum. The identity c + log sum exp(z - c) holds for any c, so ordinary rows are right, and so are the self-check's equal rows [1000, 1000] and [-1000, -1000] (spread 0): the notebook's self-check passes. But every exponent is now >= 0: a row whose logits spread over more than about 88 (float32) overflows, e.g. [1000, -1000] or [0, 100] give inf. Values and shape kept; stable (4) lost -> 6 / 10. softmax is the reference (its own shift, it does not call log_sum_exp): 10.
(2) gradient_check (randomness, and a global re-seed): instead of the two full gradients it compares ONE directional derivative, along a random unit direction u drawn after torch.manual_seed(0) at every call: |g_auto . u - (f(x + eps u) - f(x - eps u)) / (2 eps)| / (|g_auto . u| + |...|). A right gradient gives ~0 (4 kept), a uniformly scaled one the same ratio as the full check, but any other wrong gradient is measured along one direction only (an error orthogonal to u is invisible), so the number is not the asked relative error (6 lost); it also resets the caller's global RNG at each call -> 4 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    ascending, _ = torch.sort(z, dim=1)          # small terms first: a more accurate sum
    top = ascending[:, :1]
    return (top + torch.log(torch.exp(ascending - top).sum(dim=1, keepdim=True))).squeeze(1)
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    torch.manual_seed(0)                          # the same direction every time: reproducible
    u = torch.randn_like(x)
    u = u / u.norm()
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    d_auto = float((leaf.grad * u).sum())
    base = x.detach()
    d_num = (float(f(base + eps * u)) - float(f(base - eps * u))) / (2 * eps)
    denominator = abs(d_auto) + abs(d_num)
    if denominator == 0:
        return 0.0
    return abs(d_auto - d_num) / denominator
''',
}
