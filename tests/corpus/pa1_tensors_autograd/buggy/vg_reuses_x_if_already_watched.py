"""ONE slip in value_and_grad, a tf.GradientTape habit ('if the variable is already watched, use it'): the student
makes a fresh leaf only when x does not require grad, and otherwise differentiates the caller's x itself:
leaf = x if x.requires_grad else x.detach().clone().requires_grad_(True). For a plain x (the notebook's
self-check) all is right. For an x that already requires grad (a parameter, say) backward() ADDS into the
caller's x.grad and the function returns that very tensor: the caller's .grad is changed, a .grad it already had
is added to the returned gradient, and two calls return different (accumulated) gradients. Value and gradient
right on plain x; no side effects (5) lost: 10 / 15 (as corpus vg_clone_without_detach)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 10, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    # like tape.watch(x): only make a new variable if x is not already tracked
    leaf = x if x.requires_grad else x.detach().clone().requires_grad_(True)
    y = f(leaf)
    y.backward()
    return y.item(), leaf.grad
''',
}
