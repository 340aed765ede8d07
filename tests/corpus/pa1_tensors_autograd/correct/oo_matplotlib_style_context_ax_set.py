"""Correct, matplotlib's object-oriented API as the gallery teaches it: the plot cell works inside
`with plt.style.context("ggplot"):`, makes fig, ax = plt.subplots(figsize=(8, 4.5)), evaluates wiggle on a
float64 leaf grid of 301 points, takes the derivative with values.backward(torch.ones_like(values)) (the
tutorial's vector-Jacobian form, equal to sum().backward() here), draws both curves with ax.plot, a thin grey
reference line at y = 0 (ax.axhline, no label), labels and title in one ax.set(xlabel=..., ylabel=..., title=...),
ax.legend(loc="upper left"), fig.tight_layout() and plt.show() inside the style context. grid and slope are
kept. Both curves are wiggle and autograd's derivative; the extra horizontal line is decoration. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
with plt.style.context("ggplot"):
    fig, ax = plt.subplots(figsize=(8, 4.5))
    grid = torch.linspace(-3.0, 3.0, 301, dtype=torch.float64).requires_grad_()
    values = wiggle(grid)
    values.backward(torch.ones_like(values))
    slope = grid.grad.detach()

    x_np = grid.detach().numpy()
    ax.plot(x_np, values.detach().numpy(), lw=2, label=r"$\mathrm{wiggle}(x)$")
    ax.plot(x_np, slope.numpy(), lw=2, ls="--", label=r"$\mathrm{wiggle}'(x)$ (autograd)")
    ax.axhline(0.0, color="grey", lw=0.8)
    ax.set(xlabel="x", ylabel="value", title="wiggle and its derivative on [-3, 3]")
    ax.legend(loc="upper left")
    fig.tight_layout()
    plt.show()
''',
}
