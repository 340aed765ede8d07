"""The plot is drawn inside `with plt.xkcd():` (hand-drawn style: sketchy lines, comic font) after plt.rcParams['axes.unicode_minus'] = False; the derivative is taken with torch.autograd.grad on a fresh float64 leaf grid of 200 points, both curves drawn, labelled, titled, legend. The style changes only how lines look, not their data: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
plt.rcParams["axes.unicode_minus"] = False
grid = torch.linspace(-3, 3, 200, dtype=torch.float64).requires_grad_()
values = wiggle(grid)
(slope,) = torch.autograd.grad(values.sum(), grid)
with plt.xkcd():
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.plot(grid.detach().numpy(), values.detach().numpy(), label="wiggle")
    ax.plot(grid.detach().numpy(), slope.numpy(), label="its derivative")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_title("wiggle, hand-drawn")
    ax.legend()
    plt.show()
''',
}
