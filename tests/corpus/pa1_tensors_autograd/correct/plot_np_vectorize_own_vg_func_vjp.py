"""Correct, the plot calling an earlier part with keywords through np.vectorize: value_and_grad is written with torch.func.vjp on a detached copy of x (the pullback of a ones cotangent is the gradient of a scalar f; x, its flag and its .grad are never touched; the value via .item()). The plot makes a NumPy grid of 121 points, and np.vectorize(lambda p: value_and_grad(f=wiggle, x=torch.tensor(p, dtype=torch.float64))[1].item(), otypes=[float]) gives the autograd derivative point by point (the student's own value_and_grad, keyword arguments); wiggle itself is evaluated on the whole grid; both curves, labels, title, legend. Fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd (torch.func.vjp), without side effects on x."""
    primal = x.detach().clone()
    out, pullback = torch.func.vjp(f, primal)
    (grad,) = pullback(torch.ones_like(out))
    return out.item(), grad
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = np.linspace(-3.0, 3.0, 121)
derivative_at = np.vectorize(
    lambda p: value_and_grad(f=wiggle, x=torch.tensor(p, dtype=torch.float64))[1].item(), otypes=[float])
slope = derivative_at(grid)                     # my value_and_grad from Part 6, one point at a time
values = wiggle(torch.from_numpy(grid)).detach().numpy()

plt.figure(figsize=(7, 4))
plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x) from autograd")
plt.xlabel("x")
plt.ylabel("f(x) and f'(x)")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
