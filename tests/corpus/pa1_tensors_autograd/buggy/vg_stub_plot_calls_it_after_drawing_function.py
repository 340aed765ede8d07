"""value_and_grad is left as the template stub, and the plot cell (otherwise right) takes its derivative by calling the student's value_and_grad at each grid point, AFTER drawing wiggle. value_and_grad 0 / 15. The plot is judged on its own code: while its cell is replayed, the grader's value_and_grad stands in for the student's (as gradient_check gets the grader's numerical_gradient), so the stub costs its own part only: plot 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 0, "plot_derivative": 10, "written": None}

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
