"""The plot cell starts by copying wiggle's definition (sin(2x) + 0.3x^2 - 0.5x) into itself, then does everything right with autograd: on the notebook's wiggle the figure is perfect, but the grader's re-run with another wiggle still draws the copied one (the notebook warns: call wiggle, do not copy its formula). Neither curve of the grader's wiggle drawn, so labels and title count for nothing: 0."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 0, 'written': None}

ANSWERS = {
    "plot_derivative_answer": r'''
def wiggle(x):
    return torch.sin(2 * x) + 0.3 * x ** 2 - 0.5 * x


grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
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
