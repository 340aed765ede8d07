"""ONE slip in value_and_grad (.numpy() on a tensor that may require grad). The student copies x through NumPy to be sure the leaf shares nothing with it: torch.from_numpy(x.numpy().copy()).requires_grad_(True). For a plain x (the self-check's) everything is right: value as a float, gradient from a fresh leaf, x untouched, repeatable. But Part 6 says the caller's x may already take part in autograd ('not its requires_grad, not its .grad (it may already have one)'); for such an x, x.numpy() raises 'Can't call numpy() on Tensor that requires grad' (x.detach().numpy() was needed), so the function fails on exactly the inputs the no-side-effects requirement is about. Value (4) and gradient (6) kept for plain x; no side effects / x with grad (5) lost -> 10 / 15.

Graded as the grader's rubric scores it (value_and_grad 10 -> 0): it raises whenever the caller's x requires grad, an input the spec names, and a case that raised costs every criterion of the part.
"""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 0, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    leaf = torch.from_numpy(x.numpy().copy()).requires_grad_(True)   # a copy that shares nothing with x
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad
''',
}
