"""Function and derivative on two subplots side by side, each axis labelled, the title given by fig.suptitle: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": '''
grid = torch.linspace(-3, 3, 120, requires_grad=True)
y = wiggle(grid)
y.backward(torch.ones_like(y))
slope = grid.grad.clone()
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3))
left.plot(grid.detach(), y.detach())
left.set_xlabel("x")
left.set_ylabel("wiggle(x)")
right.plot(grid.detach(), slope, color="tab:red")
right.set_xlabel("x")
right.set_ylabel("d wiggle / dx")
fig.suptitle("A function and its derivative (autograd)")
plt.show()
''',
}
