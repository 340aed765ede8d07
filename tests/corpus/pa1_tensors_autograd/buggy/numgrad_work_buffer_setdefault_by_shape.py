"""ONE slip in numerical_gradient, a mutable default argument used as a buffer cache keyed by shape: 'one
float64 work buffer per shape instead of two clones per entry', def numerical_gradient(f, x, eps=1e-6,
_buffers={}), with buf = _buffers.setdefault(tuple(x.shape), x.detach().double().clone()). setdefault only
STORES its default the first time a key is seen: later calls with an x of an already-seen shape get the buffer
holding the FIRST x's values (the new copy is built and thrown away). The nudging itself is right (entry set to
its saved value + eps, - eps, then written back exactly), central, on a copy (the caller's x untouched), shaped
like x. But after the first call per shape, every gradient is taken at the first point of that shape, whatever
x is. The notebook's self-check calls it twice at the SAME (2, 3) x and then on a new shape (1,): it passes.
Values (6) lost, the central-difference probe (sum x^2 at a new x of a seen shape gives 2 x_old) lost (4);
shape (3) and x unchanged (2) kept: the result still follows f and eps and is shaped like x: 5 / 15.

Graded as the grader's rubric scores it (numerical_gradient 5 -> 4).
"""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 4, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6, _buffers={}):
    """Gradient of a scalar function by central differences (one reusable float64 work buffer per shape)."""
    buf = _buffers.setdefault(tuple(x.shape), x.detach().double().clone())
    flat = buf.view(-1)
    grad = torch.empty(flat.numel(), dtype=x.dtype)
    for i in range(flat.numel()):
        original = flat[i].item()
        flat[i] = original + eps
        up = float(f(buf.to(x.dtype)))
        flat[i] = original - eps
        down = float(f(buf.to(x.dtype)))
        flat[i] = original                      # put the entry back exactly
        grad[i] = (up - down) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
