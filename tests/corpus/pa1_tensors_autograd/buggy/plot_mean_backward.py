"""The plot calls values.mean().backward() instead of .sum(): every derivative is divided by the number of grid points (200), so the derivative curve is wrong (flat near 0). Function, labels, title right: derivative (5) lost: 5."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 5, 'written': None}

ANSWERS = {
    "plot_derivative_answer": r'''
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.mean().backward()
slope = grid.grad
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
