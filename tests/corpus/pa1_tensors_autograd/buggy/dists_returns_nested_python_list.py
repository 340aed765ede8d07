"""ONE slip in pairwise_sq_dists: the distances are computed by broadcasting (right values, no loop), then returned
with .tolist() ('a plain nested list is easier to print and to json.dump'): a list of n lists of m Python floats,
not the tensor of shape (n, m) the docstring asks for (the notebook's self-check isinstance(D, torch.Tensor)
fails). As corpus dists_returns_numpy (values kept, 'tensor of shape (n, m)' lost): 15 - 3 = 12. .tolist() is one
C call, not a Python loop, so no-loops is kept."""

EXPECTED = {"pairwise_sq_dists": 12, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    D = ((A[:, None, :] - B[None, :, :]) ** 2).sum(dim=-1)
    return D.tolist()
''',
}
