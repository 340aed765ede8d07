"""The reference plot followed by plt.close(fig) after plt.show() (a habit from scripts, to free memory); in Jupyter the inline backend has already displayed the figure at plt.show(): fully correct."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
fig = plt.figure()
plt.plot(grid.detach(), values.detach(), label="wiggle")
plt.plot(grid.detach(), slope, label="derivative")
plt.xlabel("x"); plt.ylabel("value"); plt.title("wiggle and its derivative"); plt.legend()
plt.show()
plt.close(fig)
''',
}
