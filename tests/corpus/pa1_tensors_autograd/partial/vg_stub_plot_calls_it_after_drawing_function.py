"""value_and_grad is left as the template stub, and the plot cell (otherwise right) takes its derivative by calling the student's value_and_grad at each grid point, AFTER drawing wiggle: the function curve is on the figure, then the list comprehension raises the stub's NotImplementedError, so no derivative, no labels, no title. value_and_grad 0 / 15. The plot is judged on the figure it made: function (3) kept, derivative (5), labels (1) and title (1) lost: 3 / 10; the plot's message should say the cell stopped with NotImplementedError from value_and_grad."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 0, "plot_derivative": 3, "written": None}

ANSWERS = {
    'value_and_grad_answer': r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'plot_derivative_answer': r'''
grid = torch.linspace(-3, 3, 150, dtype=torch.float64)
values = wiggle(grid)
plt.plot(grid, values, label="wiggle")
slope = torch.tensor([value_and_grad(wiggle, torch.tensor(float(p), dtype=torch.float64))[1].item() for p in grid])
plt.plot(grid, slope, label="derivative")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
