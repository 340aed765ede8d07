"""ONE slip in softmax (a float shortcut with ==). The shift and normalisation are right, but the student adds a shortcut: 'exp(-88) is already 0 in float32, so a row whose logits spread over more than 88 is one-hot' and returns (z == row max) for such rows. Only the SMALLEST logits underflow, not the others: a row [0, -1, -100] has softmax [0.73, 0.27, 0] but gets [1, 0, 0]; and in such a row tied maxima give [1, 1, 0], summing to 2. Ordinary rows (spread under 88) and the self-check's +-1000 rows (spread 0) are right, so the notebook's self-check passes. Wrong probabilities on a whole class of valid rows (any wide row whose top two logits are within a few units), and only huge logits make rows that wide: stable (4) lost, values and shape kept -> 6 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 6, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    top = z.max(dim=1, keepdim=True).values
    e = torch.exp(z - top)
    p = e / e.sum(dim=1, keepdim=True)
    # exp(-88) underflows to 0 in float32: a row spread over more than that is one-hot anyway
    wide = (top - z.min(dim=1, keepdim=True).values) > 88
    return torch.where(wide, (z == top).to(z.dtype), p)
''',
}
