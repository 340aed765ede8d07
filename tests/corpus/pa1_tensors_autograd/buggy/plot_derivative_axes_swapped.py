"""ONE slip in the plot: the derivative is taken with autograd correctly, but drawn as plt.plot(slope, grid.detach()) -- x and y swapped -- so the figure holds the grid against the derivative, not the derivative against the grid. Function (3), labels (1) and title (1) right; derivative (5) lost: 5 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 5, 'written': None}

ANSWERS = {
    'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(slope, grid.detach(), label="wiggle'(x)")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
