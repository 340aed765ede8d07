"""pairwise_sq_dists computes with NumPy and returns the NumPy array, not a tensor: values kept, the "tensor of shape (n, m)" criterion lost (15 - 3 = 12)."""

EXPECTED = {"pairwise_sq_dists": 12, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    a, b = A.numpy(), B.numpy()
    return ((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=-1)
''',
}
