"""log_sum_exp is an INSTANCE of a small class with __call__ (log_sum_exp = RowLogSumExp()), which takes each row's maximum as the first column of z sorted in descending order and applies the shift identity; softmax is torch.distributions.Categorical(logits=z).probs (Categorical normalises its logits with logsumexp, then softmax: stable). Both fully correct: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'log_sum_exp_answer': '''
class RowLogSumExp:
    """Callable object: row-wise log-sum-exp, shifted by each row's largest logit."""

    def __call__(self, z):
        top = z.sort(dim=1, descending=True).values[:, :1]          # (n, 1): the row maxima
        return top[:, 0] + torch.exp(z - top).sum(dim=1).log()


log_sum_exp = RowLogSumExp()
''',
'softmax_answer': '''
from torch.distributions import Categorical


def softmax(z):
    return Categorical(logits=z).probs
'''}
