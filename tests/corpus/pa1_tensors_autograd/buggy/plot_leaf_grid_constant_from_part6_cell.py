"""ONE slip in the plot, a module-level leaf reused across runs of the cell: in the Part 6 cell (whose
value_and_grad is the reference) the student also made GRID = torch.linspace(-3, 3, 200, requires_grad=True)
'a shared grid for Part 7', and the plot cell uses it: values = wiggle(GRID); values.sum().backward();
slope = GRID.grad. In one top-to-bottom run this is right (the self-check passes). But GRID lives outside the
plot cell and its .grad is never zeroed: running the plot cell again, as the notebook says the grader does
('The grader re-runs your cell with a different wiggle'), ADDS the new derivative onto the old one, so slope
is wiggle_old' + wiggle_new' (and after a third run, one more term). The function curve, labels, legend and
title are right; the derivative (5) is lost: 5 / 10. value_and_grad itself is untouched by the constant."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 5, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return value.item(), leaf.grad


GRID = torch.linspace(-3, 3, 200, requires_grad=True)   # shared grid for Part 7
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
values = wiggle(GRID)
values.sum().backward()
grid = GRID
slope = GRID.grad
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x), autograd")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
