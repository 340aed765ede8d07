"""Property-matching junk in numerical_gradient: it never takes a difference quotient. It calls autograd (f on a fresh leaf, backward) and adds eps**2 to every entry, which is exactly the central difference's error for a cubic, so the notebook's eps = 0.5 check on x^3 at 1 gets 3.25 (the true central difference) and passes, and the sum(x^2) check gets 2x + 1e-12. When f's output does not require grad (an f autograd cannot follow) it returns zeros. The grader's f are NumPy-backed (zeros) or autograd-marked (autograd's marked gradient + eps^2, not the central difference): values, central difference lost, and zeros for every black-box f are no answer, so shape and x unchanged are not earned either: 0 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    if not out.requires_grad:
        return torch.zeros_like(x)
    out.backward()
    return leaf.grad + eps ** 2
''',
}
