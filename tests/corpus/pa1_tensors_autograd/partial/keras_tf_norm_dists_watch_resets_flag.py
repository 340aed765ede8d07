"""A Keras/TensorFlow user, two slips in two parts. (1) pairwise_sq_dists uses torch.norm(diff, dim=-1), the
analogue of tf.norm(a - b, axis=-1), which is the Euclidean distance, not its square: loop-free, shape (n, m),
every value the square root of the one asked for: values (8) lost -> 7 / 15 (as corpus dists_not_squared).
(2) value_and_grad follows tape.watch(x): it switches requires_grad on the CALLER's x, takes the gradient with
torch.autograd.grad (so no .grad is written), and 'cleans up' with x.requires_grad_(False). For a plain x (the
notebook's self-check) nothing changes and value and gradient are right; but an x that already required grad (a
parameter) comes back with requires_grad False, against 'its requires_grad ... left as it was': no side effects
(5) lost -> 10 / 15 (as corpus vg_resets_requires_grad_to_false)."""

EXPECTED = {"pairwise_sq_dists": 7, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 10, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    diff = A[:, None, :] - B[None, :, :]
    return torch.norm(diff, dim=-1)                 # tf.norm(diff, axis=-1)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    x.requires_grad_(True)                          # tape.watch(x)
    y = f(x)
    (g,) = torch.autograd.grad(y, x)
    x.requires_grad_(False)                         # stop watching
    return y.item(), g
''',
}
