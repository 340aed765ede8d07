"""ONE bug in the plot cell: the student computes values and calls values.sum().backward(), keeps slope = grid.grad, and further down (copy-pasted 'recompute for the plot') calls wiggle(grid).sum().backward() again without zeroing grid.grad: slope is the same tensor, so the derivative drawn is TWICE wiggle's (gradients accumulate). Function, labels, title right; derivative (5) lost: 5 / 10. The message should say the line is twice the derivative (and ideally point at .grad accumulating)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 5, 'written': None}

ANSWERS = {'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad

# recompute for the plot
values = wiggle(grid)
values.sum().backward()
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="derivative")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
'''}
