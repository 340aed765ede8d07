"""Two slips in two parts, and a later part whose own code is right but calls a buggy earlier one. (1) log_sum_exp keeps the (n, 1) column (no squeeze; as corpus lse_keepdim_column: shape lost -> 8 / 10); softmax is the reference (does not call it): 10. (2) value_and_grad calls backward() twice on the same graph (retain_graph=True): its gradient is doubled (as corpus vg_backward_twice: gradient lost -> 9 / 15). The plot's own code is right: it takes all derivatives at once by calling the student's value_and_grad on the sum, _, slope = value_and_grad(lambda g: wiggle(g).sum(), grid) (the gradient of sum_j wiggle(x_j) is wiggle'(x_i)), draws both curves, labels, title, legend; the curve it draws is twice the derivative ONLY because of Part 6's slip. By the notebook's promise ('Each part is graded on its own: a mistake in one function costs points in that part only') the plot should keep 10 / 10, or at the very least its message should name value_and_grad's doubled gradient as the cause, not a backward() called twice in the plot cell (it calls none)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 8, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 9, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1, keepdim=True).values
    return top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd."""
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward(retain_graph=True)   # keep the graph in case I need it again
    value.backward()
    return value.item(), leaf.grad
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, dtype=torch.float64)
_, slope = value_and_grad(lambda g: wiggle(g).sum(), grid)    # my Part 6: the gradient of the sum
values = wiggle(grid)
plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
