"""The plot cell begins with notebook set-up habits: `%matplotlib inline`, `%config InlineBackend.figure_format = 'retina'`, plt.style.use('seaborn-v0_8-darkgrid') and plt.rcParams.update({...}) (figure size, font size, line width, dpi, grid). Then the reference recipe: autograd derivative by values.sum().backward(), both curves, labels, legend, title, plt.show(). Global style settings do not change what is drawn: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
%matplotlib inline
%config InlineBackend.figure_format = 'retina'
plt.style.use("seaborn-v0_8-darkgrid")
plt.rcParams.update({"figure.figsize": (9, 4.5), "font.size": 13, "lines.linewidth": 2.5,
                     "figure.dpi": 110, "axes.grid": True})

# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x) (autograd)")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
