"""Correct, extra precision where it is cheap: log_sum_exp shifts by the row amax in z's own dtype, but accumulates the row sums of the exponentials in float64 (the dtype= argument of Tensor.sum, which casts before adding) and adds the shift back in float64, then casts the result to z's dtype with .to(z.dtype); softmax exponentiates the shifted logits in float64 and normalises there, casting back at the end. For float32 logits this only removes rounding (a few 1e-8); results of z's dtype and the right shapes, (n,) and (n, k). Full marks for both."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'log_sum_exp_answer': '''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.amax(dim=1, keepdim=True)
    total = torch.exp(z - top).sum(dim=1, dtype=torch.float64)   # accumulate in double precision
    return (top[:, 0].double() + torch.log(total)).to(z.dtype)
''',
'softmax_answer': '''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    shifted = (z - z.amax(dim=-1, keepdim=True)).double()
    weights = torch.exp(shifted)
    return (weights / torch.sum(weights, dim=-1, keepdim=True)).to(dtype=z.dtype)
''',
}
