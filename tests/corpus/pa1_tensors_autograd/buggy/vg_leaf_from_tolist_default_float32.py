"""ONE slip in value_and_grad: the leaf is made with torch.tensor(x.tolist(), requires_grad=True), which builds a tensor of the DEFAULT dtype, float32, from the Python floats (x is float64). So f is evaluated at x rounded to float32 (about 1e-8 off per entry) and the gradient comes back as a float32 tensor (7 significant digits). Both are close to the right ones (the notebook's self-check, with torch.allclose's default tolerances and x = [1, -2, 3] exactly representable, passes), but not to float64 precision. No side effects (x untouched, repeatable). Both outputs are therefore off at the 1e-7 level: the value by about 1e-8 of the gradient's size (several 1e-6 of a value near 0), the gradient by float32 rounding. Judged at float64 precision (relative 1e-6), value (4) and gradient (6) are lost -> 5. Note: with the grader's tolerance sitting at float32's own precision, whether each criterion trips depends on the draw (a value near 0, a gradient entry of size 1): over 20 draws of the grader's inputs this same answer scored 15, 11, 9 or 5."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 5, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'value_and_grad_answer': '''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = torch.tensor(x.tolist(), requires_grad=True)     # a brand-new leaf, x left alone
    value = f(leaf)
    value.backward()
    return value.item(), leaf.grad
''',
}
