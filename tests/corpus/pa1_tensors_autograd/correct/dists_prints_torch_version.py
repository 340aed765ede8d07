"""pairwise_sq_dists by broadcasting (reference method), and the cell starts by printing torch.__version__ and then the shapes of a small example (students often check their torch version before using a function): the function itself is loop-free and nothing in the cell hides code. Fully correct: 15/15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
print("torch version:", torch.__version__)


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    diff = A[:, None, :] - B[None, :, :]   # (n, m, d)
    return (diff * diff).sum(dim=2)


_demo = pairwise_sq_dists(torch.zeros(2, 3), torch.ones(4, 3))
print("demo shape:", tuple(_demo.shape))
''',
}
