"""Correct, defensive value_and_grad and plot. value_and_grad raises TypeError for an x that is not a tensor and ValueError when f does not return a one-element tensor (the docstring's contract), builds a fresh leaf (x.detach().clone(), promoted to float64 only if x is not floating), runs f under torch.enable_grad() (so it also works when called inside no_grad), takes the gradient with torch.autograd.grad (allow_unused) and, when f(x) does not depend on x at all, warns and returns zeros instead of crashing; it returns float(out) and a detached clone of the gradient, asserting it is shaped like x. The plot builds a float64 leaf grid of 241 points, asserts it is 1-D and spans [-3, 3], takes every derivative at once with values.backward(torch.ones_like(values)), warns (does not fail) if a value or slope is not finite, keeps detached clones in grid and slope, and draws both curves with labels, a legend and a title. Both fully correct: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
import warnings


def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x (validated)."""
    if not isinstance(x, torch.Tensor):
        raise TypeError(f"x must be a tensor, got {type(x).__name__}")
    leaf = x.detach().clone()
    if not leaf.is_floating_point():
        leaf = leaf.to(torch.float64)
    leaf.requires_grad_(True)
    with torch.enable_grad():
        out = f(leaf)
        if not isinstance(out, torch.Tensor) or out.numel() != 1:
            raise ValueError(f"f must return a one-element tensor, got {type(out).__name__} "
                             f"of shape {tuple(getattr(out, 'shape', ()))}")
        grad = None
        if out.requires_grad:
            (grad,) = torch.autograd.grad(out.reshape(()), leaf, allow_unused=True)
    if grad is None:
        warnings.warn("f(x) does not depend on x: returning a zero gradient")
        grad = torch.zeros_like(leaf)
    grad = grad.detach().clone()
    assert grad.shape == x.shape, (grad.shape, x.shape)
    return float(out.detach()), grad
''',
    "plot_derivative_answer": r'''
import warnings

_points = 241
_leaf = torch.linspace(-3.0, 3.0, _points, dtype=torch.float64, requires_grad=True)
assert _leaf.dim() == 1 and _leaf[0].item() == -3.0 and _leaf[-1].item() == 3.0
_values = wiggle(_leaf)
assert _values.shape == _leaf.shape, "wiggle should act entry by entry"
_values.backward(torch.ones_like(_values))

grid = _leaf.detach().clone()
slope = _leaf.grad.detach().clone()
values = _values.detach().clone()
if not (torch.isfinite(values).all() and torch.isfinite(slope).all()):
    warnings.warn("some values or slopes are not finite; the curves will have gaps")

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid.numpy(), values.numpy(), label="wiggle(x)")
ax.plot(grid.numpy(), slope.numpy(), "--", label="wiggle'(x), autograd")
ax.set_xlabel("x")
ax.set_ylabel("value")
ax.set_title("wiggle and its derivative from autograd")
ax.legend()
plt.show()
''',
}
