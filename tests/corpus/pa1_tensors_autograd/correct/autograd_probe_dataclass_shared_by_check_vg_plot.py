"""Correct, one helper class shared by three later parts: the Part 5 cell defines a frozen dataclass AutogradProbe(f) whose method at(x) evaluates f on a fresh leaf copy of x (x.detach().clone().requires_grad_(True), under torch.enable_grad()) and returns (value detached, torch.autograd.grad's gradient). gradient_check uses AutogradProbe(f).at(x) for autograd's side and the student's numerical_gradient for the other (norms of flattened gradients); value_and_grad (Part 6) calls it with keywords, AutogradProbe(f=f).at(x=x), and returns float(value); the plot takes every derivative at once with AutogradProbe(lambda g: wiggle(g).sum()).at(grid) on a float64 grid of 241 points and draws both curves with the object-oriented API (labels, title, legend). Fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class AutogradProbe:
    """f evaluated on a fresh leaf copy of x, with autograd's gradient there."""
    f: Callable

    def at(self, x):
        leaf = x.detach().clone().requires_grad_(True)
        with torch.enable_grad():
            out = self.f(leaf)
        (grad,) = torch.autograd.grad(out, leaf)
        return out.detach(), grad


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    _, g_auto = AutogradProbe(f).at(x)
    g_num = numerical_gradient(f, x.detach(), eps)
    a, b = g_auto.reshape(-1), g_num.reshape(-1)
    denominator = torch.linalg.norm(a) + torch.linalg.norm(b)
    if denominator.item() == 0.0:
        return 0.0
    return (torch.linalg.norm(a - b) / denominator).item()
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x (Part 5's AutogradProbe)."""
    value, grad = AutogradProbe(f=f).at(x=x)
    return float(value), grad
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3.0, 3.0, 241, dtype=torch.float64)
total, slope = AutogradProbe(lambda g: wiggle(g).sum()).at(grid)   # d/dx_i sum_j wiggle(x_j) = wiggle'(x_i)
values = wiggle(grid).detach()

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid.numpy(), values.numpy(), label="wiggle(x)")
ax.plot(grid.numpy(), slope.numpy(), "--", label="wiggle'(x), autograd")
ax.set_xlabel("x")
ax.set_ylabel("value")
ax.set_title("wiggle and its derivative")
ax.legend()
plt.show()
''',
}
