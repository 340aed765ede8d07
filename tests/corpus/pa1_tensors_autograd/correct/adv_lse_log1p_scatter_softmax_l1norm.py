"""Advanced style, fully correct: log_sum_exp as top + log1p(sum of the OTHER terms), the argmax term (exactly 1) masked out with scatter on the argmax index (accurate when one logit dominates); softmax divides the shifted exponentials by torch.linalg.vector_norm(e, ord=1, dim=1, keepdim=True), the L1 norm of a non-negative row being its sum. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'log_sum_exp_answer': '''
def log_sum_exp(z):
    top, where = z.max(dim=1, keepdim=True)
    others = torch.exp(z - top).scatter(1, where, 0.0)
    return (top + torch.log1p(others.sum(dim=1, keepdim=True))).squeeze(1)
''',
    'softmax_answer': '''
def softmax(z):
    e = torch.exp(z - z.amax(dim=1, keepdim=True))
    return e / torch.linalg.vector_norm(e, ord=1, dim=1, keepdim=True)
''',
}
