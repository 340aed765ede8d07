"""The plot takes the derivative with torch.autograd.grad(ys, xs, grad_outputs=ones) on a float64 grid of 241 points, and draws inside `with plt.style.context('ggplot')`: both curves from ONE plt.plot call with format strings ('b-', 'r--'), a horizontal axhline at 0, mathtext labels and legend (raw strings), and a title: fully correct."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'plot_derivative_answer': r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
xs = torch.linspace(-3.0, 3.0, steps=241, dtype=torch.float64).requires_grad_()
ys = wiggle(xs)
(dys,) = torch.autograd.grad(ys, xs, grad_outputs=torch.ones_like(ys))
grid, slope = xs.detach(), dys.detach()
with plt.style.context("ggplot"):
    plt.figure(figsize=(7, 4))
    plt.plot(grid, ys.detach(), "b-", grid, slope, "r--")
    plt.axhline(0.0, color="gray", linewidth=0.5)
    plt.xlabel(r"$x$")
    plt.ylabel(r"$\mathrm{wiggle}(x)$ and $\mathrm{wiggle}'(x)$")
    plt.title("wiggle and its derivative (autograd)")
    plt.legend([r"$\mathrm{wiggle}(x)$", r"$\frac{d}{dx}\,\mathrm{wiggle}(x)$"])
    plt.show()
''',
}
