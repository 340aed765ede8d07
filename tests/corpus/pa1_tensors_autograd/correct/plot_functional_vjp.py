"""The plot gets wiggle's values AND its derivative from one call, torch.autograd.functional.vjp(wiggle, grid, torch.ones_like(grid)) (a vector-Jacobian product with v = 1; wiggle acts entry by entry, so it is the derivative at every point), on a grid without requires_grad (vjp makes its own leaf); the title is set with plt.gca().set_title. Fully correct: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 250)
values, slope = torch.autograd.functional.vjp(wiggle, grid, torch.ones_like(grid))
plt.plot(grid, values, "k", label="wiggle(x)")
plt.plot(grid, slope, "C1--", label="d wiggle / dx (vjp)")
plt.xlabel("x")
plt.ylabel("f(x) and f'(x)")
plt.gca().set_title("wiggle with its autograd derivative")
plt.legend(loc="upper left")
plt.show()
'''}
