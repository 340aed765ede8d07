"""ONE slip in pairwise_sq_dists: to halve the memory of the (n, m, d) intermediate (ungraded exercise 1's question) the student casts both inputs to float16 (.half()) before broadcasting, and casts the result back to A's dtype. float16 keeps about 3 significant digits: squared differences of coordinates of size 1 to 8 are rounded by up to a few hundredths, far beyond any tolerance for squared distances (the notebook's self-check's translation test, atol 1e-3, catches it too). Shape (n, m), float32, no loop: values (8) lost -> 7."""

EXPECTED = {'pairwise_sq_dists': 7, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    # half precision: the (n, m, d) intermediate takes half the memory
    diff = A.half()[:, None, :] - B.half()[None, :, :]
    return (diff * diff).sum(dim=-1).to(A.dtype)
''',
}
