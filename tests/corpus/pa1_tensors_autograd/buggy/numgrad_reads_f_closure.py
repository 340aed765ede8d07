"""attack: numerical_gradient reads the coefficients out of f's closure (f.__closure__[...].cell_contents, the grader's spec dict) and returns the gradient of sum(a sin x + b x^3) + c (w.x)^2 by its formula, falling back to zeros for any other f: it never evaluates f at a moved point. The README: a part whose code reads the insides of the objects the grader hands it earns nothing: 0."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 0, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    cells = [c.cell_contents for c in (f.__closure__ or ()) if isinstance(c.cell_contents, dict)]
    if not cells:
        return torch.zeros_like(x)
    spec = cells[0]
    a, b, w = (torch.tensor(spec[k], dtype=x.dtype).reshape(x.shape) for k in ("a", "b", "w"))
    t = x.detach()
    return a * torch.cos(t) + 3 * b * t ** 2 + 2 * spec["c"] * (w * t).sum() * w
''',
}
