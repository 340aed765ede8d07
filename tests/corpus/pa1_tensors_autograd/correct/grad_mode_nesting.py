"""Grad modes nested on purpose: gradient_check is decorated with @torch.no_grad() and switches autograd back on with torch.enable_grad() only around the backward pass (the central differences run without recording); value_and_grad computes the value under torch.no_grad() and the gradient with torch.autograd.grad inside torch.enable_grad() nested in that no_grad block; the plot evaluates wiggle for drawing under torch.inference_mode() and takes the derivative on a fresh leaf under enable_grad nested in no_grad. Every gradient is autograd's: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
@torch.no_grad()
def gradient_check(f, x, eps=1e-6):
    with torch.enable_grad():
        leaf = x.detach().clone().requires_grad_(True)
        f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)      # no graph needed here
    denominator = torch.linalg.vector_norm(g_auto) + torch.linalg.vector_norm(g_num)
    if denominator == 0:
        return 0.0
    return (torch.linalg.vector_norm(g_auto - g_num) / denominator).item()
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    with torch.no_grad():
        value = float(f(x.detach()))
        with torch.enable_grad():
            leaf = x.detach().clone().requires_grad_(True)
            (grad,) = torch.autograd.grad(f(leaf), leaf)
    return value, grad
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200)
with torch.inference_mode():
    values = wiggle(grid)                 # for drawing only: nothing recorded
with torch.no_grad():
    with torch.enable_grad():             # autograd back on just for the derivative
        leaf = grid.clone().requires_grad_(True)
        wiggle(leaf).sum().backward()
    slope = leaf.grad.clone()
plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x), autograd")
plt.xlabel("x")
plt.ylabel("wiggle(x) and wiggle'(x)")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
