"""Correct, object style: the Part 1 cell defines a small metric class SquaredEuclidean (sklearn-like: an __init__ storing the feature axis, a __repr__ written with the common idiom f"{self.__class__.__name__}(...)", and a __call__ that broadcasts A.unsqueeze(-2) - B.unsqueeze(-3) and sums the squares over the feature axis), prints the instance, and pairwise_sq_dists is a plain def that calls one module-level instance. No loop anywhere; the __repr__ is only used by the top-level print. Fully correct: 15 / 15 (the dunder attribute __class__ in a __repr__ hides no code)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': '''
class SquaredEuclidean:
    """Pairwise squared Euclidean distances between two point sets (rows)."""

    def __init__(self, feature_dim=-1):
        self.feature_dim = feature_dim

    def __repr__(self):
        return f"{self.__class__.__name__}(feature_dim={self.feature_dim})"

    def __call__(self, A, B):
        difference = A.unsqueeze(-2) - B.unsqueeze(-3)   # (n, 1, d) - (1, m, d) -> (n, m, d)
        return difference.square().sum(dim=self.feature_dim)


_metric = SquaredEuclidean()
print("using", _metric)


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B.

    Args:
        A: tensor of shape (n, d).
        B: tensor of shape (m, d).

    Returns:
        Tensor D of shape (n, m) with D[i, j] = ||A[i] - B[j]||^2, computed without Python loops.
    """
    return _metric(A, B)
''',
}
