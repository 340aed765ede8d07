"""ONE bug in log_sum_exp: shifts by the row maximum correctly, then uses torch.log1p on the sum ('log1p is the accurate log'), i.e. log(1 + sum_j exp(z_j - max)) instead of log(sum_j ...): every row is too large by log(1 + 1/S) (S >= 1 the shifted sum), on ordinary and huge logits alike. Finite and of the right shape. Values (4) and stable (4) lost: 2 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 2, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'log_sum_exp_answer': '''
def log_sum_exp(z):
    top = z.max(dim=1, keepdim=True).values
    return top.squeeze(1) + torch.log1p(torch.exp(z - top).sum(dim=1))
'''}
