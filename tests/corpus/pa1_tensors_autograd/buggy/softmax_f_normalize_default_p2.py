"""ONE slip in softmax: after the (right) shift by the row maximum, the student normalises with torch.nn.functional.normalize(weights, dim=1), whose default is p=2: each row gets unit EUCLIDEAN length, not unit sum. Non-negative, finite for +-1000 logits, the largest logit still gets the largest share, but rows sum to more than 1 (only a one-hot row, one dominant logit, comes out right). Wrong on ordinary logits (values 4) and on the +-1000 rows, whose logits spread by a few units (stable 4); shape kept: 10 - 8 = 2."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 2, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'softmax_answer': '''
import torch.nn.functional as F


def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    weights = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return F.normalize(weights, dim=1)      # (meant: divide each row by its total)
''',
}
