"""Correct, an unusual but valid shift: log_sum_exp and softmax shift each row by its maximum ROUNDED DOWN to a whole number, c = floor(max_j z_j) (a helper defined in the Part 2 cell and reused in Part 3). Then every exponent z_j - c is below 1 (no overflow: each term is below e), and the largest term is e^(max - c) >= e^0 = 1, so the sum is at least 1 and its log finite: the identity log sum e^z = c + log sum e^(z - c) holds for ANY c, and this c keeps both guarantees of the row maximum. Right for logits near +-1000, a few hundred from 0, one row, one column, a (128, 10) batch. Full marks for both."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'log_sum_exp_answer': '''
def _whole_shift(z):
    """Each row's maximum rounded down to a whole number, kept as a column (n, 1).

    Any c with max - 1 < c <= max works as well as the maximum itself: the exponents
    z - c stay below 1 and the largest term exp(max - c) is at least 1."""
    return torch.floor(z.amax(dim=1, keepdim=True))


def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    c = _whole_shift(z)
    return (c + torch.log(torch.exp(z - c).sum(dim=1, keepdim=True)))[:, 0]
''',
'softmax_answer': '''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    weights = torch.exp(z - _whole_shift(z))      # every weight below e, the largest at least 1
    return weights / weights.sum(dim=1, keepdim=True)
''',
}
