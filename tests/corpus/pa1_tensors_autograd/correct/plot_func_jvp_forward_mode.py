"""Correct, forward-mode autograd for the plot: wiggle acts entry by entry, so its Jacobian on a grid is diagonal and one Jacobian-vector product with a tangent of ones gives every derivative wiggle'(x_i): the cell calls torch.func.jvp(wiggle, (grid,), (torch.ones_like(grid),)) on a float64 grid of 250 points (no requires_grad needed), which returns wiggle's values and the derivatives together, then draws both with the object-oriented API, axis labels, title, legend. Autograd's derivative (torch's AD in forward mode, no formula typed): 10 / 10. (If the grader's stand-in wiggle has a backward pass only, jvp raises NotImplementedError('You must implement the jvp function ...'); a message 'not written yet' would then be wrong.)"""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'plot_derivative_answer': '''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 250, dtype=torch.float64)
# forward-mode AD: jvp returns (wiggle(grid), J @ ones); J is diagonal, so J @ ones holds every wiggle'(x_i)
values, slope = torch.func.jvp(wiggle, (grid,), (torch.ones_like(grid),))
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid, values, label="wiggle(x)")
ax.plot(grid, slope, "--", label="wiggle'(x), forward-mode autograd")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("wiggle and its derivative")
ax.legend()
plt.show()
''',
}
