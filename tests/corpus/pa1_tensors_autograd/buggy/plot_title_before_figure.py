"""The plot calls plt.title(...) first and plt.figure(figsize=...) after it: the title goes to an empty figure of its own and the curves (both right, from autograd, axes labelled, legend) to a second figure without a title. Title (1) lost: 9."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 9, 'written': None}

ANSWERS = {
    'plot_derivative_answer': r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
plt.title("wiggle and its derivative")
plt.figure(figsize=(8, 4))
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="derivative (autograd)")
plt.xlabel("x")
plt.ylabel("y")
plt.legend()
plt.show()
''',
}
