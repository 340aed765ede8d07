"""two stacked subplots sharing x, the x axis labelled once with fig.supxlabel: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10}

ANSWERS = {
    'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 200, dtype=torch.float64, requires_grad=True)
y = wiggle(grid)
y.sum().backward()
slope = grid.grad
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(6, 5))
top.plot(grid.detach(), y.detach(), label="wiggle")
bottom.plot(grid.detach(), slope, color="C1", label="wiggle' (autograd)")
top.set_ylabel("wiggle(x)")
bottom.set_ylabel("wiggle'(x)")
fig.supxlabel("x")
fig.suptitle("wiggle and its derivative")
top.legend()
bottom.legend()
plt.show()
''',
}
