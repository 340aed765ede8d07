"""Correct, a scikit-learn habit: the Part 1 cell defines a small estimator-like class SquaredEuclidean with
fit(B) (stores B, returns self, sklearn's trailing-underscore attribute B_) and transform(A) (broadcasts
A[:, None, :] - B_[None, :, :] and sums the squares over the features, an (n, m) tensor). pairwise_sq_dists(A, B)
builds a FRESH instance on every call, SquaredEuclidean().fit(B).transform(A), so no state survives between calls
(no stale B). No Python loop anywhere, the Python run does not grow with n and m; values, shape (n, m) and loop-free
form all right: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
class SquaredEuclidean:
    """sklearn-style: fit on the reference points B, transform queries A into squared distances."""

    def fit(self, B):
        self.B_ = B
        self.n_features_in_ = B.shape[1]
        return self

    def transform(self, A):
        if A.shape[1] != self.n_features_in_:
            raise ValueError(f"A has {A.shape[1]} features, fitted with {self.n_features_in_}")
        diff = A[:, None, :] - self.B_[None, :, :]
        return (diff * diff).sum(dim=-1)


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    return SquaredEuclidean().fit(B).transform(A)
''',
}
