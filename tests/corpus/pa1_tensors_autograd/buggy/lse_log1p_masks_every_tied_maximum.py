"""ONE slip in log_sum_exp, visible only on TIED maxima: for accuracy the student writes LSE = top + log1p(sum of the OTHER terms), the max term (exactly e^0 = 1) taken out of the sum, but selects 'the other terms' with the mask z < top. When the row maximum occurs twice or more (equal logits, [1000, 1000]: exactly the notebook's own self-check rows), every copy of it is masked out, not just one: k equal logits c give c instead of c + log k. On rows without ties (every row of random float32 logits) the result is right, including +-1000 rows, one row and one column (the mask is then empty and log1p(0) = 0 gives the logit itself). The spec allows any logits, ties included, and its self-check tests them. A fair grader should try equal logits: values (4) lost -> 6 (a grader that never ties two logits gives 10)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 6, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'log_sum_exp_answer': '''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1, keepdim=True).values
    # The maximum contributes exactly exp(0) = 1: add the others with log1p for accuracy.
    others = torch.where(z < top, torch.exp(z - top), torch.zeros_like(z))
    return top[:, 0] + torch.log1p(others.sum(dim=1))
''',
}
