"""Correct on the spec's inputs, with a cast that does nothing there: value_and_grad builds its leaf as x.detach().clone().requires_grad_(True).double() ('make sure we differentiate in float64'). For a float64 x (the docstring: 'x: tensor (float64 here)'; every x of the notebook) Tensor.double() returns the very same tensor, so the leaf IS the fresh leaf: f(leaf).backward() fills leaf.grad, and the function returns float(out) and leaf.grad. The caller's x, its flag and its .grad are never touched (detach + clone), and two calls give the same gradient. Only for a float32 x would .double() make a non-leaf copy (then leaf.grad would be None; corpus plot_double_after_requires_grad is that slip on a float32 grid), but Part 6 is written for float64 x. Full marks: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = x.detach().clone().requires_grad_(True).double()   # make sure we differentiate in float64
    out = f(leaf)
    out.backward()
    return float(out), leaf.grad
''',
}
