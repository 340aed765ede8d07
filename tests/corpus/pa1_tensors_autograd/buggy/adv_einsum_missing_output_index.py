"""ONE slip in pairwise_sq_dists (advanced style): the expansion with torch.einsum, but ||a||^2 is written einsum('nd,nd->', A, A) -- the output index n forgotten -- so it is the SUM over all points, one scalar added to every row. Loop-free, right shape, a real function of A and B; values (8) lost: 7 / 15."""

EXPECTED = {'pairwise_sq_dists': 7, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    a2 = torch.einsum("nd,nd->", A, A)
    b2 = torch.einsum("md,md->m", B, B)
    ab = torch.einsum("nd,md->nm", A, B)
    return (a2 + b2[None, :] - 2 * ab).clamp_min(0)
''',
}
