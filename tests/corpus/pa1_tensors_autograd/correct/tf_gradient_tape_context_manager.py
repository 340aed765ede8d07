"""Correct, written by a TensorFlow user who rebuilds tf.GradientTape on top of autograd: a small context manager
`GradientTape` whose watch(t) returns a fresh leaf (t.detach().clone().requires_grad_(True)) and whose
gradient(target, source) is torch.autograd.grad(target, source)[0]. value_and_grad and the plot both use it: the
plot watches the whole grid and asks for the gradient of wiggle(grid).sum(), which is wiggle'(x_i) at every
point (as in TF, the tape gradient of a sum). No .grad is ever accumulated, the caller's x is never touched, the
value is float(y). The plot calls wiggle, draws both curves with labels, legend and title. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
class GradientTape:
    """A tf.GradientTape look-alike built on torch.autograd.grad."""

    def __enter__(self):
        self._grad_mode = torch.is_grad_enabled()
        torch.set_grad_enabled(True)
        return self

    def __exit__(self, *exc):
        torch.set_grad_enabled(self._grad_mode)
        return False

    @staticmethod
    def watch(t):
        return t.detach().clone().requires_grad_(True)

    @staticmethod
    def gradient(target, source):
        return torch.autograd.grad(target, source)[0]


def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    with GradientTape() as tape:
        xv = tape.watch(x)
        y = f(xv)
    return float(y), tape.gradient(y, xv)
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
with GradientTape() as tape:
    grid = tape.watch(torch.linspace(-3, 3, 200))
    values = wiggle(grid)
    total = values.sum()
slope = tape.gradient(total, grid)

plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope.detach(), label="d/dx wiggle(x) (tape)")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
