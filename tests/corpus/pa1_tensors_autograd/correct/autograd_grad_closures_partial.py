"""Correct, functional idioms from blog posts: closures, functools.partial and torch.autograd.grad instead of
backward(). log_sum_exp uses torch.amax with keepdim; softmax is exp(z - LSE(z)) with the student's own (correct)
log_sum_exp, as the Part 3 text allows. gradient_check binds f and eps with functools.partial(numerical_gradient,
f, eps=eps) and gets autograd's side with torch.autograd.grad on a fresh leaf. value_and_grad builds a closure
make_value_and_grad(f) (the JAX-like 'transform a function' idiom) that differentiates a fresh leaf with
torch.autograd.grad, so the caller's x and its .grad are never touched and repeated calls agree. The plot takes
every derivative at once with torch.autograd.grad(values, grid, grad_outputs=torch.ones_like(values)). Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Stable row-wise LSE: shift each row by its maximum."""
    top = torch.amax(z, dim=1, keepdim=True)
    return top.squeeze(1) + torch.log(torch.sum(torch.exp(z - top), dim=1))
''',
    "softmax_answer": r'''
def softmax(z):
    """softmax(z) = exp(z - LSE(z)), with the stable log_sum_exp above."""
    return torch.exp(z - log_sum_exp(z).unsqueeze(1))
''',
    "gradient_check_answer": r'''
import functools

def gradient_check(f, x, eps=1e-6):
    """||g_auto - g_num|| / (||g_auto|| + ||g_num||), 0.0 if both gradients vanish."""
    numeric = functools.partial(numerical_gradient, f, eps=eps)
    leaf = x.detach().clone().requires_grad_(True)
    g_auto = torch.autograd.grad(f(leaf), leaf)[0]
    g_num = numeric(x.detach())
    norm = torch.linalg.norm
    bottom = norm(g_auto.flatten()) + norm(g_num.flatten())
    return 0.0 if bottom == 0 else float(norm((g_auto - g_num).flatten()) / bottom)
''',
    "value_and_grad_answer": r'''
def make_value_and_grad(f):
    """Return a function x -> (f(x) as float, grad f(x)) that never touches the caller's x."""
    def value_and_grad_of_f(x):
        leaf = x.detach().clone().requires_grad_(True)
        out = f(leaf)
        (grad,) = torch.autograd.grad(out, leaf)
        return out.item(), grad
    return value_and_grad_of_f


def value_and_grad(f, x):
    return make_value_and_grad(f)(x)
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 241, dtype=torch.float64, requires_grad=True)
values = wiggle(grid)
(slope,) = torch.autograd.grad(values, grid, grad_outputs=torch.ones_like(values))

xs, ys = grid.detach().numpy(), values.detach().numpy()
plt.figure(figsize=(7, 4))
plt.plot(xs, ys, label="wiggle(x)")
plt.plot(xs, slope.numpy(), label="d/dx wiggle(x) (autograd)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
