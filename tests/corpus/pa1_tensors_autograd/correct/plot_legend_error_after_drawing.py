"""The plot cell draws everything right (float64 grid of 200 points, values.sum().backward(), both curves, x and y labels, title) and then calls plt.legend(loc='top right'), which is not a valid location: matplotlib raises ValueError and the cell stops before plt.show(). The figure already holds both curves, its labels and its title (a legend is not a criterion) and Jupyter still shows it at the end of the cell: 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'plot_derivative_answer': r'''
grid = torch.linspace(-3, 3, 200, dtype=torch.float64, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
plt.figure(figsize=(7, 4))
plt.plot(grid.detach(), values.detach(), label="wiggle")
plt.plot(grid.detach(), slope, label="wiggle'")
plt.xlabel("x")
plt.ylabel("f(x) and f'(x)")
plt.title("wiggle and its autograd derivative")
plt.legend(loc="top right")
plt.show()
''',
}
