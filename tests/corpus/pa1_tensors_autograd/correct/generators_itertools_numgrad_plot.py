"""Correct, organised with generators and itertools. numerical_gradient calls a generator function,
_central_slopes(f, x, eps), which makes its own flat copy of x and YIELDS one slope per entry; the generator is
created afresh inside every call and consumed once, by torch.tensor(list(...)), so nothing runs dry between
calls. gradient_check pairs the two gradients' flat entries with itertools.starmap over zip to accumulate the
squared norms in float64 tensors (a loop is allowed here; f is a black box), 0.0 when both vanish. The plot
cell builds a fresh leaf grid, gets the derivative by backward(), and draws from a small generator of
(values, label) pairs made in the cell. Any number of calls or re-runs: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def _central_slopes(f, x, eps):
    """Yield (f(x + eps e_i) - f(x - eps e_i)) / (2 eps) for every entry i, in row-major order."""
    flat = x.detach().reshape(-1).clone()
    for i in range(flat.numel()):
        step = torch.zeros_like(flat)
        step[i] = eps
        up = (flat + step).reshape(x.shape)
        down = (flat - step).reshape(x.shape)
        yield (float(f(up)) - float(f(down))) / (2 * eps)


def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    slopes = list(_central_slopes(f, x, eps))          # a new generator on every call
    return torch.tensor(slopes, dtype=x.dtype).reshape(x.shape)
''',
    "gradient_check_answer": r'''
import itertools
import math


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad.reshape(-1).double()
    g_num = numerical_gradient(f, x.detach(), eps).reshape(-1).double()
    squares = itertools.starmap(lambda a, b: (float(a) ** 2, float(b) ** 2, float(a - b) ** 2), zip(g_auto, g_num))
    sa = sb = sd = 0.0
    for qa, qb, qd in squares:
        sa, sb, sd = sa + qa, sb + qb, sd + qd
    denominator = math.sqrt(sa) + math.sqrt(sb)
    if denominator == 0:
        return 0.0
    return math.sqrt(sd) / denominator
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 201, dtype=torch.float64, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad.detach()


def _curves():
    yield values.detach(), "wiggle(x)"
    yield slope, "wiggle'(x) from autograd"


for ys, name in _curves():
    plt.plot(grid.detach(), ys, label=name)
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
