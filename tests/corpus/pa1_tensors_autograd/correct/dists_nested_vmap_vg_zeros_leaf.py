"""pairwise_sq_dists maps a per-pair function `lambda a, b: ((a - b) ** 2).sum()` over the rows of B and then over the rows of A with two nested torch.func.vmap calls (vmap calls the lambda ONCE with batched tensors: no Python runs per pair, the line count does not grow with n, m); value_and_grad makes its leaf with torch.zeros_like(x, requires_grad=True) and fills it from x with copy_ under torch.no_grad() (a fresh leaf, nothing of the caller's x touched). Fully correct: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'pairwise_sq_dists_answer': '''
from torch.func import vmap


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    one_pair = lambda a, b: ((a - b) ** 2).sum()
    one_row_against_B = vmap(one_pair, in_dims=(None, 0))    # a fixed, b runs over B: shape (m,)
    return vmap(one_row_against_B, in_dims=(0, None))(A, B)  # a runs over A: shape (n, m)
''',
'value_and_grad_answer': '''
def value_and_grad(f, x):
    leaf = torch.zeros_like(x, requires_grad=True)   # a brand-new leaf
    with torch.no_grad():
        leaf.copy_(x)                                 # same numbers as x, no history
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad
'''}
