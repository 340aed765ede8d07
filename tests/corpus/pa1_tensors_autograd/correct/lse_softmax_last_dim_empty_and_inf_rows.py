"""Correct, looks odd: log_sum_exp and softmax work over the LAST axis (dim=-1, so extra leading dimensions are fine), accept lists (torch.as_tensor, integer input cast to the default float dtype), return early for an empty row (LSE of nothing is -inf) and for a single column (softmax of one logit is 1), and replace a non-finite row maximum by 0 before shifting (torch.logsumexp's trick: a row of -inf gives -inf / a proper limit instead of NaN). On every (n, k) input they are the reference computation: both fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def _as_float(z):
    z = torch.as_tensor(z)
    return z if z.is_floating_point() else z.to(torch.get_default_dtype())


def log_sum_exp(z):
    z = _as_float(z)
    if z.shape[-1] == 0:
        return torch.full(z.shape[:-1], -math.inf, dtype=z.dtype)
    top = z.amax(dim=-1, keepdim=True)
    top = torch.where(torch.isfinite(top), top, torch.zeros_like(top))  # a row of -inf stays -inf, not NaN
    return (top + torch.log(torch.exp(z - top).sum(dim=-1, keepdim=True))).squeeze(-1)

print(log_sum_exp([[1, 2, 3]]), log_sum_exp(torch.randn(2, 3, 4)).shape)
''',
    "softmax_answer": r'''
def softmax(z):
    z = _as_float(z)
    if z.shape[-1] == 1:  # one logit per row: its probability is 1
        return torch.ones_like(z)
    top = z.amax(dim=-1, keepdim=True)
    top = torch.where(torch.isfinite(top), top, torch.zeros_like(top))
    e = torch.exp(z - top)
    return e / e.sum(dim=-1, keepdim=True)

print(softmax([[1.0, 2.0, 3.0]]), softmax(torch.randn(5, 1)).flatten())
''',
}
