"""Correct, a conditional shift done row by row with torch.where: the Part 2 cell defines a helper _row_shift(z) that returns each row's maximum where |max| > 50 and 0 elsewhere (torch.where on the (n, 1) column of row maxima), and log_sum_exp = c + log(sum exp(z - c)) with that c; softmax (Part 3) reuses the helper, exp(z - c) normalised by the row sums. The identity LSE(z) = c + log sum e^(z - c) holds for ANY c (the Part 2 text), so only overflow and log 0 matter: a row whose maximum is within [-50, 50] has every term at most e^50 (about 5e21, far below float32's 3.4e38 even summed over thousands of logits) and its largest term at least e^-50 (about 2e-22, a normal float32), so the unshifted sum neither overflows nor vanishes; every other row is shifted by its maximum exactly as the reference does. Right for +-1000 rows, rows a few hundred from 0, a (128, 10) batch, one row, one column, ties. Unlike the corpus's threshold slips (lse_shift_only_when_max_large: shift only when the WHOLE input's max exceeds 80, so -1000 rows give log 0; lse_shift_only_when_abs_above_500: a threshold past float32's exp limit of 88.7), this threshold is per row, on |max|, and inside float32's range: both parts fully correct, 10 / 10 each."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def _row_shift(z):
    """Each row's maximum where it is large enough to matter (|max| > 50), else 0: an (n, 1) column."""
    top = z.amax(dim=1, keepdim=True)
    return torch.where(top.abs() > 50, top, torch.zeros_like(top))


def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    c = _row_shift(z)
    return (c + torch.log(torch.exp(z - c).sum(dim=1, keepdim=True))).squeeze(1)
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits (same shift as my log_sum_exp)."""
    e = torch.exp(z - _row_shift(z))
    return e / e.sum(dim=1, keepdim=True)
''',
}
