"""The plot cell starts with the `%matplotlib inline` magic (a habit from older notebooks), takes the derivative with values.backward(torch.ones_like(values)) on a float64 grid of 121 points, plots both curves, labels, legend and title, then saves the figure with plt.savefig('wiggle_derivative.png', dpi=80) before plt.show() (students are often asked to export their figures). Fully correct: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'plot_derivative_answer': '''
%matplotlib inline
grid = torch.linspace(-3, 3, 121, dtype=torch.float64, requires_grad=True)
values = wiggle(grid)
values.backward(torch.ones_like(values))
slope = grid.grad.detach().clone()
fig = plt.figure(figsize=(7, 4))
plt.plot(grid.detach().numpy(), values.detach().numpy(), label="wiggle")
plt.plot(grid.detach().numpy(), slope.numpy(), label="derivative (autograd)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.savefig("wiggle_derivative.png", dpi=80)
plt.show()
'''}
