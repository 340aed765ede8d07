"""Correct, written with typed helpers and input validation: numerical_gradient (type hints, Callable[[Tensor], Tensor]) rejects a non-callable f (TypeError) and a step that is not a positive finite number (ValueError), works on a detached, contiguous, flat float copy of x (so 0-d, 3-D, transposed or otherwise non-contiguous x, and x that requires grad, all work; integer x is promoted to float64), computes each slope in a helper `_central_slope(f, flat, shape, i, eps) -> float` on two fresh clones, fills torch.empty of the copy's dtype, prints progress only for x with more than 20,000 entries, and asserts the result's shape. gradient_check uses helpers `_autograd_gradient(f, x) -> Tensor` (a fresh leaf, torch.autograd.grad with allow_unused, zeros when f does not depend on x) and `_relative_error(a, b) -> float` (flattened float64 norms, 0.0 when both are 0), asserts the two gradients have the same shape, and returns a Python float. Both fully correct: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
from typing import Callable

Tensor = torch.Tensor


def _work_copy(x: Tensor) -> Tensor:
    """A detached, contiguous, flat float copy of x (any shape or layout)."""
    flat = x.detach().reshape(-1).clone().contiguous()
    return flat if flat.is_floating_point() else flat.to(torch.float64)


def _central_slope(f: Callable[[Tensor], Tensor], flat: Tensor, shape: torch.Size, i: int, eps: float) -> float:
    up = flat.clone()
    down = flat.clone()
    up[i] += eps
    down[i] -= eps
    return (float(f(up.reshape(shape))) - float(f(down.reshape(shape)))) / (2 * eps)


def numerical_gradient(f: Callable[[Tensor], Tensor], x: Tensor, eps: float = 1e-6) -> Tensor:
    """Gradient of a scalar function by central differences."""
    if not callable(f):
        raise TypeError(f"f must be callable, got {type(f).__name__}")
    if not (float(eps) > 0 and math.isfinite(float(eps))):
        raise ValueError(f"eps must be a positive finite step, got {eps!r}")
    flat = _work_copy(x)
    total = flat.numel()
    slopes = torch.empty(total, dtype=flat.dtype)
    for i in range(total):
        slopes[i] = _central_slope(f, flat, x.shape, i, eps)
        if total > 20_000 and (i + 1) % 10_000 == 0:
            print(f"numerical_gradient: {i + 1}/{total} entries")
    grad = slopes.reshape(x.shape)
    assert grad.shape == x.shape, (grad.shape, x.shape)
    return grad
''',
    "gradient_check_answer": r'''
def _autograd_gradient(f: Callable[[Tensor], Tensor], x: Tensor) -> Tensor:
    """Autograd's gradient of f at a fresh copy of x; zeros if f does not depend on x."""
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    if not out.requires_grad:
        return torch.zeros_like(leaf)
    (g,) = torch.autograd.grad(out, leaf, allow_unused=True)
    return torch.zeros_like(leaf) if g is None else g


def _relative_error(a: Tensor, b: Tensor) -> float:
    a = a.detach().reshape(-1).to(torch.float64)
    b = b.detach().reshape(-1).to(torch.float64)
    denominator = (torch.linalg.vector_norm(a) + torch.linalg.vector_norm(b)).item()
    if denominator == 0.0:
        return 0.0
    return torch.linalg.vector_norm(a - b).item() / denominator


def gradient_check(f: Callable[[Tensor], Tensor], x: Tensor, eps: float = 1e-6) -> float:
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    g_auto = _autograd_gradient(f, x)
    g_num = numerical_gradient(f, x.detach().clone(), eps)
    assert g_auto.shape == g_num.shape == x.shape, (g_auto.shape, g_num.shape, x.shape)
    return _relative_error(g_auto, g_num)
''',
}
