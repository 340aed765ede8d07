"""The plot cell defines a reusable helper `plot_with_derivative(fn=wiggle, lo=-3.0, hi=3.0, n=250)` (the default argument binds wiggle when the cell runs), which builds a float64 leaf grid, takes the derivative with torch.autograd.grad, draws both curves on fig, ax = plt.subplots(), labels, titles, adds a legend and calls plt.show() inside the function; the cell then runs `grid, slope = plot_with_derivative()`. Re-running the cell re-binds the default to whatever wiggle is then: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
def plot_with_derivative(fn=wiggle, lo=-3.0, hi=3.0, n=250):
    """Plot fn and its autograd derivative on [lo, hi]; return the grid and the derivatives."""
    xs = torch.linspace(lo, hi, n, dtype=torch.float64, requires_grad=True)
    ys = fn(xs)
    (dys,) = torch.autograd.grad(ys.sum(), xs)
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.plot(xs.detach().numpy(), ys.detach().numpy(), label="wiggle(x)")
    ax.plot(xs.detach().numpy(), dys.numpy(), label="derivative (autograd)")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_title("wiggle and its derivative")
    ax.legend()
    plt.show()
    return xs.detach(), dys


grid, slope = plot_with_derivative()
''',
}
