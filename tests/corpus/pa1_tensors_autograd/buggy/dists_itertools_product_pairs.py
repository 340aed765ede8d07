"""pairwise_sq_dists walks every (a_i, b_j) pair with itertools.product/chain over the rows (n*m Python-level iterations, hidden in C iterators: no for, no comprehension, no student line per pair), stacks them and subtracts: right values and shape, but it iterates over all pairs, against 'no Python loops... not grow with n and m'. Fair: no loops lost, 15 - 4 = 11."""

EXPECTED = {'pairwise_sq_dists': 11, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': '''
import itertools
def pairwise_sq_dists(A, B):
    flat = torch.stack(list(itertools.chain.from_iterable(itertools.product(A, B))))
    diff = flat[0::2] - flat[1::2]
    return (diff ** 2).sum(-1).reshape(A.shape[0], B.shape[0])
''',
}
