"""ONE bug, in value_and_grad: it switches requires_grad on on the caller's x, takes the gradient with torch.autograd.grad, then 'puts x back' with x.requires_grad_(False) (an x that already required grad comes back without it; as corpus vg_resets_requires_grad_to_false: 10 / 15). The plot computes the derivative by calling this value_and_grad at each of 121 grid points (fresh 0-d float64 tensors that do not require grad, so the bug never shows there): autograd's derivative, both curves, labels, title: 10 / 10. A bug in Part 6 that does not change the plot's data must not cost the plot anything."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 10, "plot_derivative": 10, "written": None}

ANSWERS = {
    'value_and_grad_answer': r'''
def value_and_grad(f, x):
    x.requires_grad_(True)
    out = f(x)
    (g,) = torch.autograd.grad(out, x)
    x.requires_grad_(False)
    return out.item(), g
''',
    'plot_derivative_answer': r'''
grid = torch.linspace(-3, 3, 121, dtype=torch.float64)
pairs = [value_and_grad(wiggle, torch.tensor(float(p), dtype=torch.float64)) for p in grid]
values = torch.tensor([v for v, _ in pairs])
slope = torch.tensor([float(g) for _, g in pairs])
plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x) (autograd, via value_and_grad)")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
