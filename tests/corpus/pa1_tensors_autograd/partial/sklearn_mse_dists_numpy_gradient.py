"""A scikit-learn user, two slips in two parts. (1) pairwise_sq_dists averages the squared differences over the
features, ((A[:, None] - B[None]) ** 2).mean(-1), the mean_squared_error habit: every distance divided by d
(the self-check's (0, 0)-(3, 4) pair gives 12.5, not 25). Loop-free, shape right: values (8) lost -> 7 / 15 (as
corpus dists_mean_over_features). (2) value_and_grad returns the gradient as a NumPy array (leaf.grad.numpy()),
as scikit-learn returns ndarrays; the numbers are right, the value is a float, x is untouched, but the gradient is
not the tensor the docstring asks for: gradient (6) lost -> 9 / 15 (as corpus vg_grad_as_numpy). The plot does
its own backward and is right: 10."""

EXPECTED = {"pairwise_sq_dists": 7, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 9, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    return ((A[:, None, :] - B[None, :, :]) ** 2).mean(dim=-1)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad.numpy()
''',
}
