"""Advanced style, fully correct: the plot gets wiggle's values and derivative from ONE forward-mode-style call, torch.autograd.functional.jvp(wiggle, grid, torch.ones_like(grid)) (wiggle acts entry by entry, so J v with v = 1 is the derivative at every point; jvp is computed by autograd's double-backward trick), on a float64 grid of 181 points without requires_grad; drawn with the object-oriented API, labels, legend, title. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'plot_derivative_answer': '''
from torch.autograd.functional import jvp

grid = torch.linspace(-3, 3, 181, dtype=torch.float64)
values, slope = jvp(wiggle, grid, torch.ones_like(grid))
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid.numpy(), values.numpy(), label="wiggle")
ax.plot(grid.numpy(), slope.numpy(), "--", label="d wiggle / dx (jvp)")
ax.set_xlabel("x")
ax.set_ylabel("value")
ax.set_title("wiggle and its derivative (autograd jvp)")
ax.legend()
plt.show()
''',
}
