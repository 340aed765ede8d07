"""Unfinished work, a Keras user short of time: numerical_gradient is left as the template stub (raise
NotImplementedError()) -> 0 / 15. gradient_check is written (reference recipe) and calls numerical_gradient; while
Part 5 is judged the grader's own numerical_gradient stands in (README), so it keeps 10 / 10. The plot cell is half
done: it computes wiggle on a 200-point grid and draws it with axis labels, a legend and a title, but the derivative
is a '# TODO' (slope never computed, no second curve). By the README: function 3 + labels 1 + title 1 (labels and
title count because the function curve was found), derivative 5 lost -> 5 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 5, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
# TODO: derivative with autograd (backward) -> slope, then plot it too
plt.plot(grid.detach().numpy(), values.detach().numpy(), label="wiggle(x)")
plt.xlabel("x")
plt.ylabel("wiggle(x)")
plt.title("wiggle on [-3, 3]")
plt.legend()
plt.show()
''',
}
