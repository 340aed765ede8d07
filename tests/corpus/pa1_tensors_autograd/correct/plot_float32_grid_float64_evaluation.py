"""Correct, mixed precision on purpose: the grid is a float32 leaf of 250 points (torch.linspace's default dtype), wiggle is evaluated on grid.double() (the exact same numbers, upcast, so the function is computed in float64 at the points drawn), and torch.autograd.grad(values.sum(), grid) sends the derivatives back through the cast into a float32 gradient on the grid: wiggle'(x_i) rounded to float32 (about 1e-7 relative), far inside any drawing tolerance. Both curves are drawn against the float32 grid, labelled, with a legend and a title. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 250, requires_grad=True)       # float32 leaf
values = wiggle(grid.double())                              # evaluated in float64 at the same points
(slope,) = torch.autograd.grad(values.sum(), grid)          # float32 derivative on the float32 grid

x_np = grid.detach().numpy()
plt.figure(figsize=(7, 4))
plt.plot(x_np, values.detach().numpy(), color="tab:blue", label="wiggle(x)")
plt.plot(x_np, slope.numpy(), color="tab:red", label="wiggle'(x) by autograd")
plt.xlabel("x")
plt.ylabel("wiggle and wiggle'")
plt.title("wiggle (float64) and its autograd derivative")
plt.legend()
plt.show()
''',
}
