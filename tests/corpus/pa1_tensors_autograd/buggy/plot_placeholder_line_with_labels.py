"""junk: the plot cell sets grid and slope to placeholders (slope = grid, no autograd, wiggle never called) and draws the diagonal y = x, but with axis labels, a legend and a title: neither wiggle nor its derivative is drawn, so the labels and title earn nothing. Fair: 0."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 0, 'written': None}

ANSWERS = {
    "plot_derivative_answer": r'''
grid = torch.linspace(-3, 3, 200)
slope = grid.clone()   # TODO: autograd
plt.plot(grid, slope, label="TODO")
plt.xlabel("x")
plt.ylabel("wiggle(x) and wiggle'(x)")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
