"""ONE slip in softmax (a permutation applied to the outputs and never undone). For an accurate row sum the student sorts each row ascending (small terms first), shifts by the last column (the row maximum) and normalises -- but returns the probabilities in SORTED order, without putting them back at their logits' positions (no scatter / inverse permutation). Each row is a permutation of the right softmax: non-negative, sums to 1, finite for +-1000 (the shift is right), shift-invariant, right shape; but the probability of class j sits in the wrong column unless the row was already sorted. The notebook's self-check catches it (the largest logit does not get the largest probability). Values (4) lost; the stabilisation itself is right and the shape too -> 6 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 6, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    ascending, _ = torch.sort(z, dim=1)            # small terms first: a more accurate sum
    e = torch.exp(ascending - ascending[:, -1:])    # shift by the row maximum
    return e / e.sum(dim=1, keepdim=True)
''',
}
