"""ONE slip in the plot: backward() on the vector of wiggle's values needs a 'gradient' argument of the same shape, and the student passes the grid itself, values.backward(grid.detach()), instead of ones. Autograd then computes sum_i grid_i * wiggle'(x_i) differentiated, i.e. grid.grad = x_i * wiggle'(x_i): the derivative weighted by x, not the derivative (0 at x = 0, the sign flipped left of 0). The function curve, labels and title are right. Derivative (5) lost -> 5."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 5, 'written': None}

ANSWERS = {
'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.backward(grid.detach())       # backward of a vector needs a tensor of its shape
slope = grid.grad
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x)")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
