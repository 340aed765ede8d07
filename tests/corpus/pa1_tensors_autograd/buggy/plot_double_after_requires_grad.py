"""ONE slip in the plot: the grid is made with torch.linspace(-3, 3, 200, requires_grad=True).double() ('float64 to be safe'): .double() after requires_grad returns a NON-leaf copy, so after values.sum().backward() grid.grad is None (PyTorch warns). The function curve is drawn first (right), then plt.plot(grid.detach(), slope) with slope None raises ValueError, so the derivative line, the labels and the title are never drawn. Function (3) kept; derivative (5), labels (1), title (1) lost: 3 / 10. The message should name the missing derivative / grid.grad being None."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 3, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True).double()   # float64 to be safe
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x) from autograd")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
