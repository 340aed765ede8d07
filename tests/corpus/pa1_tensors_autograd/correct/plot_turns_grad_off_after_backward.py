"""Correct, a grad-mode switch at the END of the plot cell's autograd work: the cell makes the leaf grid, computes wiggle, calls backward() and reads slope, and then calls torch.set_grad_enabled(False) ('gradients are done, drawing needs none') before drawing both curves with labels, title and legend. On Restart & Run All the figure is right and every self-check passes (nothing runs after it that needs gradients). Only a SECOND run of this cell in the same kernel would find autograd off before its backward(): a grader that re-runs the cell with its own wiggle has to run it as a fresh notebook would (autograd on, as the grader already does for the functions it calls). Fully correct: 10 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
torch.set_grad_enabled(False)  # gradients are done; drawing needs none
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x) from autograd")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
