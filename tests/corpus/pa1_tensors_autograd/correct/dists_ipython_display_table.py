"""Vectorised pairwise_sq_dists; the cell then shows a small example table with `from IPython.display import display` (a common notebook idiom, imports nothing that runs hidden code in the function): fully correct."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': '''
from IPython.display import display

def pairwise_sq_dists(A, B):
    return ((A.unsqueeze(1) - B.unsqueeze(0)) ** 2).sum(dim=2)

display(pairwise_sq_dists(torch.eye(3), torch.zeros(2, 3)))
''',
}
