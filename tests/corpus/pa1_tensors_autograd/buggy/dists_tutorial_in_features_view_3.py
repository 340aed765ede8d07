"""ONE slip, in pairwise_sq_dists: the student adapted a tutorial snippet that reshapes a batch with the
tutorial's hard-coded number of features, A.view(-1, 1, 3) and B.view(1, -1, 3) (in_features = 3, like the
notebook's random points). For d = 3 the result is exact; for any other d it breaks: d = 2 (the (0,0)-(3,4)
self-check) raises 'shape [-1, 1, 3] is invalid for input of size 2', d = 4 or 5 raise too, and d = 6 silently
splits each point in two and returns a (2n, 2m) matrix of half-point distances. The spec is points in R^d. No
loop, a real computation; values (8) and shape (3) lost whenever d != 3 -> 4 / 15.

Graded as the grader's rubric scores it (pairwise_sq_dists 4 -> 0).
"""

EXPECTED = {'pairwise_sq_dists': 0, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    diff = A.view(-1, 1, 3) - B.view(1, -1, 3)      # (n, 1, features) - (1, m, features)
    return diff.pow(2).sum(dim=2)
''',
}
