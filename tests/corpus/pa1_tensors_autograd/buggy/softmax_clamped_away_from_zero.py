"""ONE slip in softmax: the shift and normalisation are right, but the student then clamps the probabilities from below, p.clamp(min=1e-4), 'so that log(p) is never -inf later'. Every probability under 1e-4 becomes 1e-4 (and rows no longer sum to exactly 1). Ordinary logits spread by 9 or more in a row (common in a batch of 128 rows of 10 logits of spread 2) have such tiny probabilities, and rows near +-1000 whose logits differ by hundreds or thousands have probabilities of exactly 0 there: values (4) and stable (4) lost, shape kept -> 2."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 2, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'softmax_answer': '''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    weights = torch.exp(z - z.max(dim=1, keepdim=True).values)
    p = weights / weights.sum(dim=1, keepdim=True)
    return p.clamp(min=1e-4)        # keep log(p) finite later on
''',
}
