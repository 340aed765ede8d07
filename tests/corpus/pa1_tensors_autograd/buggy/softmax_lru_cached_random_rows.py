"""junk: softmax returns random probability rows cached per shape by @functools.lru_cache on a helper _probs(n, k) (a torch.Generator seeded with 1234, rows normalised): non-negative, each row sums to 1, finite, right shape, deterministic, but blind to the logits' values (the notebook's argmax self-check would fail). 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 0, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
import functools


@functools.lru_cache(maxsize=None)
def _probs(n, k):
    g = torch.Generator().manual_seed(1234)
    p = torch.rand(n, k, generator=g)
    return p / p.sum(dim=1, keepdim=True)


def softmax(z):
    return _probs(*z.shape).clone()
''',
}
