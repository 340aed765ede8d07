"""Beginner style, fully correct: the plot takes wiggle's derivative with values.sum().backward() on a linspace grid of 150 points, then copies grid, values and slope into three Python lists with a while loop and float(...) per point and plots the lists (labels, legend, title); value_and_grad takes the gradient from a fresh leaf, then round-trips it through NumPy and a list (torch.tensor(g.numpy().tolist(), dtype=x.dtype)) and the value through float(out.detach().numpy()): still autograd's numbers, a tensor and a Python float. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 150, requires_grad=True)
values = wiggle(grid)
total = values.sum()
total.backward()
slope = grid.grad.clone()
x_numbers = []
y_numbers = []
dy_numbers = []
counter = 0
while counter < len(grid):
    x_numbers.append(float(grid[counter]))
    y_numbers.append(float(values[counter]))
    dy_numbers.append(float(slope[counter]))
    counter = counter + 1
plt.figure(figsize=(8, 5))
plt.plot(x_numbers, y_numbers, label="wiggle(x)")
plt.plot(x_numbers, dy_numbers, label="derivative of wiggle (autograd)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
    'value_and_grad_answer': '''
def value_and_grad(f, x):
    new_x = x.detach().clone()
    new_x.requires_grad_(True)
    out = f(new_x)
    out.backward()
    gradient_numpy = new_x.grad.numpy()
    gradient_list = gradient_numpy.tolist()
    gradient = torch.tensor(gradient_list, dtype=x.dtype)
    value_numpy = out.detach().numpy()
    value = float(value_numpy)
    return value, gradient
''',
}
