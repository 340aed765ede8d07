"""The plot takes the derivative with autograd, stores slope = grid.grad, then 'tidies up' with grid.grad.zero_() (it learned that .grad accumulates): slope is the same tensor, so the derivative drawn is all zeros. Function, labels and title right; derivative (5) lost: 5 / 10. The message should say the line is zero (the .grad tensor was zeroed), not blame backward() on a mean."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 5, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
grid.grad.zero_()                   # tidy up: .grad accumulates, so clear it once read
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x) from autograd")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
