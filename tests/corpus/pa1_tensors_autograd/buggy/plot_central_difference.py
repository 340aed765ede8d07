"""The plot's derivative is a float64 central difference of wiggle with h = 1e-6, not autograd, against the explicit instruction (compute the derivative **with autograd**; criterion 'plots the derivative from autograd'). Numerically it matches to ~1e-9. Fair: derivative criterion lost, 10 - 5 = 5."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 5, 'written': None}

ANSWERS = {
    'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 200, dtype=torch.float64)
h = 1e-6
slope = (wiggle(grid + h) - wiggle(grid - h)) / (2 * h)
plt.plot(grid, wiggle(grid), label="wiggle")
plt.plot(grid, slope, label="derivative")
plt.xlabel("x"); plt.ylabel("y"); plt.title("wiggle and its derivative"); plt.legend()
plt.show()
''',
}
