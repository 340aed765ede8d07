"""ONE slip in value_and_grad, a memo keyed on something that does not identify the input: the student builds
the transform torch.func.grad_and_value(f) once per function and keeps it in a module-level dict keyed by
f.__name__ ('a registry, so the transform is not rebuilt'). Every lambda is named '<lambda>' (and two defs
named f share a name too), so the second function ever passed gets the FIRST function's transform: the value
and the gradient of the old function, evaluated at the new x. The notebook's self-check passes the same lambda
body twice, so it passes. The caller's x is untouched (torch.func works on its own view, no .grad, no flag).
Value (4) and gradient (6) lost: for any second lambda both are another function's; no side effects (5) kept:
5 / 15.

Graded as the grader's rubric scores it (value_and_grad 5 -> 0).
"""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 0, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "value_and_grad_answer": r'''
_TRANSFORMS = {}   # function name -> torch.func.grad_and_value(function)


def value_and_grad(f, x):
    """f(x) and its gradient, from autograd (torch.func), without side effects on x."""
    name = getattr(f, "__name__", repr(f))
    if name not in _TRANSFORMS:
        _TRANSFORMS[name] = torch.func.grad_and_value(f)
    grad, value = _TRANSFORMS[name](x.detach())
    return value.item(), grad
''',
}
