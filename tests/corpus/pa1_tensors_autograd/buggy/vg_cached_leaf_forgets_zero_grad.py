"""ONE bug in value_and_grad: to 'avoid allocating a leaf per call' the student keeps one leaf per shape in a module-level dict, copies x into it under no_grad, runs backward() and returns leaf.grad.clone() -- but never zeroes the leaf's .grad between calls (the classic missing zero_grad). The very first call for a shape is right; every later call for that shape adds onto the old gradient. The caller's x is never touched, but a second call on the same x gives another gradient, and later cases of an already-seen shape come back wrong. Value right (4); gradient (6) lost (wrong from the second call of a shape on); no side effects (5) lost (not repeatable): 4 / 15. The message should name .grad accumulating."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 4, 'plot_derivative': 10, 'written': None}

ANSWERS = {'value_and_grad_answer': '''
_leaves = {}


def value_and_grad(f, x):
    key = (tuple(x.shape), x.dtype)
    if key not in _leaves:
        _leaves[key] = torch.zeros(x.shape, dtype=x.dtype, requires_grad=True)
    leaf = _leaves[key]
    with torch.no_grad():
        leaf.copy_(x)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad.clone()
'''}
