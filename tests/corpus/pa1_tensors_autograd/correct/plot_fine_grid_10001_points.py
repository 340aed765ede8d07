"""plot_derivative on a grid of 10001 points (the notebook asks for at least 100): full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10}

ANSWERS = {
    'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 10001, requires_grad=True)
values = wiggle(grid)
(slope,) = torch.autograd.grad(values.sum(), grid)
plt.figure(figsize=(7, 4))
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="d/dx wiggle(x)")

plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
