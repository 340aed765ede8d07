"""ONE bug in pairwise_sq_dists: the (n, m, d) squared differences are split into the d coordinate slices with unbind(-1) and added up by Python's builtin sum(): right values and shape, but the builtin sum iterates over the d coordinates in the interpreter (one tensor addition per coordinate), a Python loop over the features without the keyword -- the same thing as the corpus's dists_loop_over_features (a generator expression over d, 11) and as functools.reduce(operator.add, ...), which the grader counts as a loop. The notebook: 'No Python loops ... not even over the d coordinates'. No loops (4) lost: 11 / 15."""

EXPECTED = {'pairwise_sq_dists': 11, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    squares = (A[:, None, :] - B[None, :, :]) ** 2     # (n, m, d)
    return sum(squares.unbind(dim=-1))                 # add the d slices of shape (n, m)
'''}
